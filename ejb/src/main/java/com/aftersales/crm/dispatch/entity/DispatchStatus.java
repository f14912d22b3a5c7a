package com.aftersales.crm.dispatch.entity;

/**
 * A dispatch order's life: sent to the provider (已派), accepted (已接单), scheduled with the customer (已预约), the
 * technician on site (已到场), the work done (已完工), the order returned with the customer's opinion (已回单) — or
 * cancelled by the service department before the visit.
 */
public enum DispatchStatus {
    SENT, ACCEPTED, SCHEDULED, ON_SITE, DONE, RETURNED, CANCELLED
}
