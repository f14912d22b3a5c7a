package com.aftersales.crm.quality.entity;

/** Where a quality complaint form stands: being filled in, waiting for the company's answer, answered. */
public enum ComplaintStatus {
    DRAFT, SUBMITTED, ANSWERED
}
