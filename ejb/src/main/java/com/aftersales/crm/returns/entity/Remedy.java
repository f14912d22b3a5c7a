package com.aftersales.crm.returns.entity;

/** What the dealer asks for: the goods taken back (退货) or exchanged (换货). */
public enum Remedy {
    RETURN, EXCHANGE
}
