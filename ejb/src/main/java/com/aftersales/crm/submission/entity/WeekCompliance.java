package com.aftersales.crm.submission.entity;

import java.io.Serializable;
import java.time.Instant;

/** A provider's archives for one week: on time, late or missing, and when they first came. */
public record WeekCompliance(String providerCode, String providerName, String outcome, Instant deadlineAt,
                             Instant firstSubmittedAt) implements Serializable {

    public boolean onTime() {
        return "ON_TIME".equals(outcome);
    }
}
