package com.aftersales.crm.web.casestudy;

import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;

/** A supervisor judging a submitted case worthless (无价值案例): which case, and the reason the provider will read. */
public class JudgementForm implements Serializable {

    private final long caseStudyId;
    @Getter @Setter private String reason;

    JudgementForm(long caseStudyId) {
        this.caseStudyId = caseStudyId;
    }

    long caseStudyId() {
        return caseStudyId;
    }
}
