package com.aftersales.crm.casestudy.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A service case as lists show it. */
public record CaseStudyRow(long id, long providerId, String providerName, LocalDate month, String title, String situation,
                           String handling, String lessons, Instant submittedAt, String submittedBy, boolean worthless,
                           String judgedBy, String judgementReason, List<CaseStudyFile> files) implements Serializable {
}
