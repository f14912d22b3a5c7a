package com.aftersales.crm.casestudy.entity;

/** A service case counts for its month unless a supervisor judged it worthless. */
public enum CaseStudyStatus {
    COUNTS, WORTHLESS
}
