package com.aftersales.crm.servicecase.entity;

/**
 * 责任界定: who caused the problem, and so who pays by default — product quality the maker, installation or service
 * quality the provider, customer use the customer (paid service); logistics the maker (it chose the carrier); an
 * undetermined cause stays undecided until a supervisor says otherwise.
 */
public enum Responsibility {
    PRODUCT_QUALITY(CostBearer.MAKER),
    INSTALLATION_QUALITY(CostBearer.PROVIDER),
    SERVICE_QUALITY(CostBearer.PROVIDER),
    CUSTOMER_USE(CostBearer.CUSTOMER),
    LOGISTICS(CostBearer.MAKER),
    UNDETERMINED(CostBearer.UNDECIDED);

    private final CostBearer defaultBearer;

    Responsibility(CostBearer defaultBearer) {
        this.defaultBearer = defaultBearer;
    }

    public CostBearer defaultBearer() {
        return defaultBearer;
    }
}
