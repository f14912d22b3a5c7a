package com.aftersales.crm.chargeback.entity;

/** What a cost report groups the costs by: responsibility, party, product (brand and line) or month. */
public enum CostDimension {
    RESPONSIBILITY, PARTY, PRODUCT, MONTH
}
