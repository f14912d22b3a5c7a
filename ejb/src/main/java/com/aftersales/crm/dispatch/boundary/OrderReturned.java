package com.aftersales.crm.dispatch.boundary;

import java.math.BigDecimal;

/**
 * An order came back (回单) naming what its materials and labour cost (either may be null), fired in the return's
 * transaction: an observer that refuses the amounts refuses the return.
 */
public record OrderReturned(long orderId, long caseId, BigDecimal materialsCost, BigDecimal labourCost) {
}
