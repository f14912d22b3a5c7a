package com.aftersales.crm.servicecase.entity;

/** Everything that happens to a case or its orders, as the audit trail and the customer timeline name it. */
public enum CaseAction {
    OPENED, ANSWERED, ESCALATED, DISPATCHED, ORDER_ACCEPTED, ORDER_SCHEDULED, ORDER_ON_SITE, ORDER_DONE,
    ORDER_RETURNED, ORDER_CANCELLED, CHECKED, CHECK_REFUSED, JUDGED, CUSTOMER_ACCEPTED, CUSTOMER_NOT_SATISFIED,
    REOPENED, FIRST_REPLY_BREACHED, ON_SITE_BREACHED, FOLLOW_UP_SATISFIED, FOLLOW_UP_UNSATISFIED,
    /** An SLA clock paused (停表), resumed, or its pause rejected by a supervisor. */
    CLOCK_PAUSED, CLOCK_RESUMED, PAUSE_REJECTED;

    /** The customer timeline's kind for it. */
    public String timelineKind() {
        return "CASE_" + name();
    }
}
