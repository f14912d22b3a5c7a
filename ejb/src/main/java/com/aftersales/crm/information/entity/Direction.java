package com.aftersales.crm.information.entity;

/** Who reports and who answers. */
public enum Direction {
    /** A dealer or provider reports; the customer service department answers. */
    FROM_NETWORK,
    /** The department sends an item to a network point, which answers. */
    TO_NETWORK
}
