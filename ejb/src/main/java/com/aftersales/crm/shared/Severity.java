package com.aftersales.crm.shared;

/** Major (重大): property loss or a risk of media exposure — an immediate visit and escalation to supervisors. */
public enum Severity {
    NORMAL, MAJOR
}
