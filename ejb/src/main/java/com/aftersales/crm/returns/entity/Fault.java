package com.aftersales.crm.returns.entity;

/**
 * Whose fault the return is, as the company finds when it approves (manual 第九章 4.9, 第十章 3.7): the maker's — a
 * product below the national standard, wrong goods sent, a recall — or the dealer's. The maker's fault means the
 * maker pays the freight both ways; the dealer's, that the dealer pays everything.
 */
public enum Fault {
    PRODUCT_QUALITY, WRONG_GOODS, RECALL, DEALER;

    public FreightBearer freightBearer() {
        return this == DEALER ? FreightBearer.DEALER : FreightBearer.MAKER;
    }
}
