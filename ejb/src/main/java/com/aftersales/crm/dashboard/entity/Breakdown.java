package com.aftersales.crm.dashboard.entity;

/** What a satisfaction figure is broken down by (满意度：按月份、服务商、经销商、地区、产品). */
public enum Breakdown {
    MONTH, PROVIDER, DEALER, REGION, PRODUCT
}
