package com.aftersales.crm.followup.entity;

/** What one attempt to call the customer came to. */
public enum CallOutcome {
    REACHED, NO_ANSWER, BUSY, WRONG_NUMBER, REFUSED, CALL_BACK;

    /** The customer was not reached: this attempt counts towards the retry limit. */
    public boolean failed() {
        return this == NO_ANSWER || this == BUSY || this == WRONG_NUMBER;
    }
}
