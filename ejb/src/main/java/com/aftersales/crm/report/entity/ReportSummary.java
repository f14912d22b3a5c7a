package com.aftersales.crm.report.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A stored weekly report: its week (by the Monday), when and by whom it was last computed, by which job run. */
public record ReportSummary(long id, LocalDate weekStart, String isoWeek, Instant generatedAt, String generatedBy,
                            Long jobExecutionId, int runs) implements Serializable {

    public LocalDate weekEnd() {
        return weekStart.plusDays(6);
    }
}
