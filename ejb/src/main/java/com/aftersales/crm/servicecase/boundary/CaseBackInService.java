package com.aftersales.crm.servicecase.boundary;

/** A case waiting for (or past) the customer's acceptance went back to service (fired in the case's transaction). */
public record CaseBackInService(long caseId) {
}
