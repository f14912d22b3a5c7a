package com.aftersales.crm.returns.entity;

/** Every decision on a return request, as its history and the customer timeline name it. */
public enum ReturnAction {
    FILED, REGIONAL_APPROVED, REGIONAL_REJECTED, COMPANY_APPROVED, COMPANY_REJECTED, GOODS_ACCEPTED, GOODS_REFUSED,
    WITHDRAWN;

    /** The customer timeline's kind for it. */
    public String timelineKind() {
        return "RETURN_" + name();
    }
}
