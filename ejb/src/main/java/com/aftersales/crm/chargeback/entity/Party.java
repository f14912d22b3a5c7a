package com.aftersales.crm.chargeback.entity;

/**
 * 责任方: who bears a share of the responsibility. The maker bears its share itself and the customer pays its share as
 * paid service, so only a provider's or a dealer's share becomes a chargeback line (扣款) in a party's ledger; every
 * share appears in the cost reports.
 */
public enum Party {
    MAKER, PROVIDER, DEALER, CUSTOMER;

    /** Whether the share is charged back to an organisation of the network (a ledger line). */
    public boolean chargedBack() {
        return this == PROVIDER || this == DEALER;
    }
}
