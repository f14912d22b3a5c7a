package com.aftersales.crm.report.entity;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The ISO week a weekly report (信息周报) covers: Monday 00:00 to the next Monday 00:00, Beijing time, whatever the
 * server's zone. Any day of the week names it; it is known by its Monday.
 */
public final class ReportWeek implements Serializable {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final LocalDate monday;

    private ReportWeek(LocalDate monday) {
        this.monday = monday;
    }

    /** The week that holds this day. */
    public static ReportWeek containing(LocalDate day) {
        return new ReportWeek(Objects.requireNonNull(day, "day").with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** The week that holds this moment in Beijing. */
    public static ReportWeek containing(Instant moment) {
        return containing(LocalDate.ofInstant(moment, BUSINESS_ZONE));
    }

    /**
     * The latest week whose report is due at this moment: the week before the current one once its run time (the
     * week's end plus the policy's hours) has passed, otherwise the week before that (and so on, for long delays).
     */
    public static ReportWeek latestDue(Instant now, long hoursAfterWeek) {
        if (hoursAfterWeek < 0) {
            throw new IllegalArgumentException("hours after the week must not be negative: " + hoursAfterWeek);
        }
        ReportWeek week = containing(now).previous();
        while (week.runAt(hoursAfterWeek).isAfter(now)) {
            week = week.previous();
        }
        return week;
    }

    public LocalDate monday() {
        return monday;
    }

    /** The Sunday, the week's last day. */
    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    /** Monday 00:00 Beijing time. */
    public Instant start() {
        return monday.atStartOfDay(BUSINESS_ZONE).toInstant();
    }

    /** The next Monday 00:00 Beijing time, the end (exclusive). */
    public Instant end() {
        return monday.plusWeeks(1).atStartOfDay(BUSINESS_ZONE).toInstant();
    }

    /** When the scheduled report for this week is due: the end plus the policy's hours (17: Monday 17:00). */
    public Instant runAt(long hoursAfterWeek) {
        return end().plus(Duration.ofHours(hoursAfterWeek));
    }

    public ReportWeek previous() {
        return new ReportWeek(monday.minusWeeks(1));
    }

    /** A week may be reported once it is over. */
    public boolean isOverAt(Instant now) {
        return !end().isAfter(now);
    }

    /**
     * The month whose service-case compliance (服务案例) the report shows: the last month closed by the week's end,
     * i.e. the month before the one the week's Sunday falls in.
     */
    public YearMonth caseStudyMonth() {
        return YearMonth.from(sunday()).minusMonths(1);
    }

    /** ISO name, e.g. 2026-W47. */
    public String isoName() {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportWeek week && week.monday.equals(monday);
    }

    @Override
    public int hashCode() {
        return monday.hashCode();
    }

    @Override
    public String toString() {
        return monday.toString();
    }
}
