package com.aftersales.crm.followup.entity;

public enum ItemStatus {
    /** The provider owes the handling and its result, within the reply deadline. */
    AWAITING_REPLY,
    /** The provider answered: the customer is called again. */
    AWAITING_RECALL,
    /** A re-call found the customer satisfied. */
    RESOLVED
}
