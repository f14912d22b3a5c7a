package com.aftersales.crm.returns.entity;

/** Who pays the freight of returned goods between the factory and the dealer's warehouse, both ways. */
public enum FreightBearer {
    MAKER, DEALER
}
