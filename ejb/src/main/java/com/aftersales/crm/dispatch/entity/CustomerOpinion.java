package com.aftersales.crm.dispatch.entity;

/** What the customer said of the visit, written on the returned order (客户意见). */
public enum CustomerOpinion {
    SATISFIED, ACCEPTABLE, UNSATISFIED
}
