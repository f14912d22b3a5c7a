package com.aftersales.crm.assessment.entity;

/** 服务商等级 for a quarter, from its average score through the coefficient table; NONE earns coefficient 0. */
public enum Grade {
    A, B, C, NONE
}
