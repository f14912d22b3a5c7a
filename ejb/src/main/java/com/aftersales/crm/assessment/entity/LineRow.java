package com.aftersales.crm.assessment.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One deduction (negative points) or merit: its kind, the event behind it (source type and id, a week's date), when it
 * happened, the policy version that priced it and a reference (a case, follow-up, item, week, month, or the supervisor's
 * note).
 */
public record LineRow(long id, String kind, BigDecimal points, String sourceType, Long sourceId, LocalDate sourceDate,
                      Instant occurredAt, Long policyId, String policyKey, String note) implements Serializable {
}
