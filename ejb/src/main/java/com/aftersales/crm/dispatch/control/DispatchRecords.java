package com.aftersales.crm.dispatch.control;

import com.aftersales.crm.platform.control.AggregateStore;
import com.aftersales.crm.dispatch.entity.DispatchOrder;
import jakarta.enterprise.context.Dependent;

import java.util.Optional;

/** The dispatch order aggregate's statements. */
@Dependent
public class DispatchRecords extends AggregateStore<DispatchOrder> {

    public DispatchRecords() {
        super(DispatchOrder.class, "order");
    }

    /**
     * The provider's status, empty for an unknown provider. Reads {@code service_provider} directly: the provider
     * area offers no status lookup, and an order may go only to an active provider.
     */
    public Optional<String> providerStatus(long providerId) {
        return em.createNativeQuery("select status from service_provider where id = ?")
                .setParameter(1, providerId).getResultStream().findFirst().map(Object::toString);
    }
}
