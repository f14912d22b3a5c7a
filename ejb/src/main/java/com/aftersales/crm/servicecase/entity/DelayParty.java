package com.aftersales.crm.servicecase.entity;

/**
 * Who owns a delay of an SLA clock (延误责任方). Time owned by the maker, the dealer or the customer stops the clock; the
 * provider's own time never does.
 */
public enum DelayParty {
    PROVIDER, MAKER, DEALER, CUSTOMER;

    /** Whether a pause for this party stops the clock (and so moves the deadline). */
    public boolean stopsClock() {
        return this != PROVIDER;
    }
}
