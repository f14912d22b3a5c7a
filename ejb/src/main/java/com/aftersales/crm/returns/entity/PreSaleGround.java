package com.aftersales.crm.returns.entity;

/** Why goods not yet installed go back (manual 第十章 4.2.1): 货物错误, 开箱验货不合格, 公司通知反调. */
public enum PreSaleGround {
    WRONG_GOODS, INSPECTION_FAILED, RECALL
}
