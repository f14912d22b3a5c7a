package com.aftersales.crm.chargeback.entity;

/** Where a cost was entered: with the dispatch order's return (回单) or by the supervisor. */
public enum CostSource {
    ORDER_RETURN, SUPERVISOR
}
