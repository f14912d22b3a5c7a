package com.aftersales.crm.dispatch.boundary;

/** A technician finished the work of a dispatch order at the customer's (fired in the order's transaction). */
public record VisitCompleted(long orderId, long caseId) {
}
