package com.aftersales.crm.returns.entity;

/**
 * Where a return request stands in the approval chain (manual 第十章 3.7–3.8): waiting for the regional manager's
 * opinion, for the company's written approval, for the goods (logistics inspects them on arrival); then received,
 * rejected at a step, refused on arrival (the goods did not match the form), or withdrawn by the dealer.
 */
public enum ReturnStatus {
    AWAITING_REGIONAL, AWAITING_COMPANY, AWAITING_GOODS, RECEIVED, REJECTED, REFUSED_ON_ARRIVAL, WITHDRAWN;

    public boolean open() {
        return this == AWAITING_REGIONAL || this == AWAITING_COMPANY || this == AWAITING_GOODS;
    }
}
