package com.aftersales.crm.returns.entity;

/** What the goods are to the dealer: regular stock, its samples (样板), or what was left after a sale (剩余产品). */
public enum StockKind {
    REGULAR, SAMPLE, LEFTOVER
}
