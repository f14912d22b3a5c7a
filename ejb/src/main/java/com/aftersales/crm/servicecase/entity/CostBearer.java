package com.aftersales.crm.servicecase.entity;

/** Who bears the cost of the service (费用承担方). */
public enum CostBearer {
    MAKER, PROVIDER, CUSTOMER, DEALER, UNDECIDED
}
