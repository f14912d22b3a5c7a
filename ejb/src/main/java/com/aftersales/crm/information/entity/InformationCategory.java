package com.aftersales.crm.information.entity;

/** 客户信息, 产品信息, 市场信息, 危机信息. */
public enum InformationCategory {
    CUSTOMER, PRODUCT, MARKET, CRISIS
}
