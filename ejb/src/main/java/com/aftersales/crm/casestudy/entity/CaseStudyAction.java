package com.aftersales.crm.casestudy.entity;

/** What is done to a service case, as a refusal names it. */
public enum CaseStudyAction {
    JUDGE_WORTHLESS
}
