package com.aftersales.crm.report.entity;

import java.util.List;

/**
 * The sections of the weekly report (信息周报) and the measures (columns) of each, in the order the page and the
 * workbook show them. A section's rows are its dimensions: a provider, a product, a case type and responsibility…
 */
public enum ReportSection {
    /** Installations of the week per provider, and whether their archive came in on time, late or not yet. */
    INSTALLATIONS(DimensionKind.NAMED, "INSTALLED", "ON_TIME", "LATE", "NOT_RECEIVED"),
    /** Follow-up calls due in the week per kind: done, and done within their window. */
    FOLLOW_UPS(DimensionKind.CODE, "DUE", "DONE", "WITHIN_WINDOW", "WITHIN_WINDOW_RATE"),
    /** Surveys answered in the week per provider: satisfied answers and the satisfaction rate (%). */
    SATISFACTION(DimensionKind.NAMED, "ANSWERED", "SATISFIED", "RATE"),
    /** Cases per type and responsibility: opened and closed in the week, and those that missed a deadline in it. */
    CASES(DimensionKind.CODE, "OPENED", "CLOSED", "OVERDUE"),
    /** Quality complaints submitted in the week per product: affected m², answered, answered late or overdue. */
    QUALITY(DimensionKind.NAMED, "SUBMITTED", "AFFECTED_M2", "ANSWERED", "ANSWER_LATE"),
    /**
     * Product batches over threshold: the batch alerts raised in the week (product / 批号), with the figures of the
     * alert's period — complaints, returns, affected m², installed m², defect rate (%).
     */
    BATCHES(DimensionKind.NAMED, "COMPLAINTS", "RETURNS", "AFFECTED_M2", "INSTALLED_M2", "DEFECT_RATE"),
    /** Market information per direction and category: filed in the week, answered, and deadlines missed in it. */
    INFORMATION(DimensionKind.CODE, "FILED", "ANSWERED", "UNANSWERED_3_DAYS"),
    /** Providers by weekly archive outcome, and by the last closed month's service-case compliance with deductions. */
    SUBMISSIONS(DimensionKind.CODE, "PROVIDERS", "DEDUCTION"),
    /** Providers ranked: see {@link #RANKING_RULE}. */
    RANKING(DimensionKind.NAMED, "RANK", "ANSWERED", "RATE", "SLA_BREACHES", "INSTALLED");

    /**
     * The provider ranking: providers with surveys answered in the week first, by satisfaction rate (highest first),
     * then by SLA deadlines missed in the week (fewest first), then by surveys answered (most first), then by code.
     * Providers without any answer follow, by breaches and code. Every active provider is ranked.
     */
    public static final String RANKING_RULE = "answered>0 desc, rate desc, sla_breaches asc, answered desc, code asc";

    /** The row of a section that totals it. */
    public static final String TOTAL = "*";
    /** A row for what has no provider or product. */
    public static final String NONE = "-";

    /** How a row is named: by a code the bundles translate, or by the name stored with the figure. */
    public enum DimensionKind {
        CODE, NAMED
    }

    private final DimensionKind dimensionKind;
    private final List<String> measures;

    ReportSection(DimensionKind dimensionKind, String... measures) {
        this.dimensionKind = dimensionKind;
        this.measures = List.of(measures);
    }

    public DimensionKind dimensionKind() {
        return dimensionKind;
    }

    public List<String> measures() {
        return measures;
    }
}
