package com.aftersales.crm.servicecase.entity;

/**
 * Where a case stands: open (受理, waiting for dispatch), dispatched (已派工), returned (已回单, the agent checks the
 * order), awaiting the customer's acceptance (待客户确认, the follow-up call), closed (已结案).
 */
public enum CaseStatus {
    OPEN, DISPATCHED, RETURNED, AWAITING_ACCEPTANCE, CLOSED
}
