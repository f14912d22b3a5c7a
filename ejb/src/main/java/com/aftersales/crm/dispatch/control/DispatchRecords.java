package com.aftersales.crm.dispatch.control;

import com.aftersales.crm.dispatch.entity.DispatchOrder;
import com.aftersales.crm.platform.control.Aggregates;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** The dispatch order aggregate's statements. */
@Dependent
public class DispatchRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    Aggregates aggregates;

    /** The order, whoever may act on it (the boundary decides that). */
    public DispatchOrder find(long orderId) {
        return aggregates.find(DispatchOrder.class, orderId, "order");
    }

    /** Stores a new order now, so that its id is known (the case's trail points at it). */
    public void add(DispatchOrder order) {
        em.persist(order);
        em.flush();
    }

    /** Writes the order's changes now: a concurrent change is a conflict, not a rollback at commit. */
    public void save(long orderId) {
        aggregates.flush("order", orderId);
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
