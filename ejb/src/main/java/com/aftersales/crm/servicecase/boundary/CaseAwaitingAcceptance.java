package com.aftersales.crm.servicecase.boundary;

/** The service on a case is done and checked: the customer is to be asked (fired in the case's transaction). */
public record CaseAwaitingAcceptance(long caseId) {
}
