package com.aftersales.crm.chargeback.entity;

/** What a case cost (案件费用): materials, labour, freight, compensation to the customer. */
public enum CostKind {
    MATERIALS, LABOUR, FREIGHT, COMPENSATION
}
