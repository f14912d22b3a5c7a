package com.aftersales.crm.assessment.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A computed month: COMPUTED (recomputable) or CONFIRMED (closed), by whom and when. */
public record MonthStatus(LocalDate month, String status, Instant computedAt, String computedBy, Instant confirmedAt,
                          String confirmedBy) implements Serializable {
}
