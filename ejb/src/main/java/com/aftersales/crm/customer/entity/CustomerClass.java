package com.aftersales.crm.customer.entity;

/** 客户类别: potential, new, regular, VIP. */
public enum CustomerClass { POTENTIAL, NEW, REGULAR, VIP }
