package com.aftersales.crm.dashboard.entity;

/**
 * The records behind a figure, by view. The key names the figure within its view: a month (2026-03), a provider's,
 * dealer's id, a city code, "brand|product line", a clock and an outcome ("FIRST_REPLY:MISSED"), a follow-up kind and
 * an outcome ("INSTALLATION:NOT_REACHED"), a responsibility, an information category and outcome, a month and an
 * outcome of the case-study compliance.
 */
public enum DrillKind {
    SATISFACTION_MONTH, SATISFACTION_PROVIDER, SATISFACTION_DEALER, SATISFACTION_REGION, SATISFACTION_PRODUCT,
    FOLLOW_UP, SLA, COMPLAINTS, RESPONSIBILITY, INFORMATION, CASE_STUDIES;

    public static DrillKind satisfaction(Breakdown by) {
        return valueOf("SATISFACTION_" + by.name());
    }

    public boolean surveys() {
        return name().startsWith("SATISFACTION_");
    }

    public Breakdown breakdown() {
        return surveys() ? Breakdown.valueOf(name().substring("SATISFACTION_".length())) : null;
    }
}
