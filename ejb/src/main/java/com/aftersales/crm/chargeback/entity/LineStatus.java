package com.aftersales.crm.chargeback.entity;

/**
 * A chargeback line's life: proposed when the judgement is split; disputed by the party within the window; confirmed
 * when the window passes, or when a supervisor rejects the dispute; cancelled (zeroed) when the supervisor upholds the
 * dispute; settled once a provider's line has come off the yearly settlement.
 */
public enum LineStatus {
    PROPOSED, DISPUTED, CONFIRMED, SETTLED, CANCELLED
}
