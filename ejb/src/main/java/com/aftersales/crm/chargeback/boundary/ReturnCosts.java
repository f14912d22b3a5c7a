package com.aftersales.crm.chargeback.boundary;

import com.aftersales.crm.chargeback.control.ChargebackRecords;
import com.aftersales.crm.chargeback.entity.CostKind;
import com.aftersales.crm.chargeback.entity.CostSource;
import com.aftersales.crm.dispatch.boundary.OrderReturned;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;

/**
 * The technician's costs from the order's return (回单): the materials and labour it names become the case's costs
 * (source ORDER_RETURN), in the return's transaction. The dispatch area fires the event and knows nothing of this
 * area. A return after the case was split still records its costs (they show in the cost reports) but proposes no
 * line: the split charged the costs known then.
 */
@Dependent
public class ReturnCosts {

    @Inject
    ChargebackRecords records;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    void returned(@Observes OrderReturned returned) {
        String by = caller.current().map(UserPrincipal::username).orElse("system");
        add(returned, CostKind.MATERIALS, returned.materialsCost(), "materialsCost", by);
        add(returned, CostKind.LABOUR, returned.labourCost(), "labourCost", by);
    }

    private void add(OrderReturned returned, CostKind kind, BigDecimal amount, String field, String by) {
        if (amount == null || amount.signum() == 0) {
            return;
        }
        if (amount.signum() < 0) {
            throw new InvalidInput(field, "chargeback.error.amountPositive");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput(field, "chargeback.error.amountFen");
        }
        records.addCost(returned.caseId(), kind, Money.of(amount), null, CostSource.ORDER_RETURN, returned.orderId(), by,
                clock.instant());
    }
}
