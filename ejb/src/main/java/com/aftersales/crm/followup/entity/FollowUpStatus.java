package com.aftersales.crm.followup.entity;

public enum FollowUpStatus {
    /** In the queue (possibly waiting for a retry time or reserved by an agent). */
    OPEN,
    /** The customer was reached and answered the survey. */
    DONE,
    /** The customer was reached and declined the survey. */
    REFUSED,
    /** The retries ran out without reaching the customer. */
    UNREACHABLE,
    /** No longer needed (e.g. the case it was about was reopened). */
    CANCELLED
}
