package com.aftersales.crm.web.casestudy;

import java.io.Serializable;

/** A supervisor judging a submitted case worthless (无价值案例): which case, and the reason the provider will read. */
public class JudgementForm implements Serializable {

    private final long caseStudyId;
    private String reason;

    JudgementForm(long caseStudyId) {
        this.caseStudyId = caseStudyId;
    }

    long caseStudyId() {
        return caseStudyId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
