package com.aftersales.crm.dashboard.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's period: whole months, the days [from, to) in Beijing time, {@code from} and {@code to} each the 1st of
 * a month. Whole months because the views read monthly roll-ups (management reviews its service by the month); at most
 * five years, so that nothing covers the whole history by accident.
 */
public record Period(LocalDate from, LocalDate to) implements java.io.Serializable {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    public static final int MAX_MONTHS = 60;

    public Period {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("a period needs from < to");
        }
        if (from.getDayOfMonth() != 1 || to.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("a period is whole months");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to)) {
            throw new IllegalArgumentException("a period covers at most " + MAX_MONTHS + " months");
        }
    }

    /** The months {@code first} to {@code last}, both included. */
    public static Period of(YearMonth first, YearMonth last) {
        return new Period(first.atDay(1), last.plusMonths(1).atDay(1));
    }

    /** The last {@code months} whole months before the one {@code today} is in, plus that one so far. */
    public static Period lastMonths(LocalDate today, int months) {
        YearMonth current = YearMonth.from(today);
        return new Period(current.minusMonths(months - 1L).atDay(1), current.plusMonths(1).atDay(1));
    }

    public Instant start() {
        return from.atStartOfDay(BEIJING).toInstant();
    }

    public Instant end() {
        return to.atStartOfDay(BEIJING).toInstant();
    }

    public YearMonth first() {
        return YearMonth.from(from);
    }

    public YearMonth last() {
        return YearMonth.from(to.minusDays(1));
    }

    /** Every month of the period, in order, so that a trend shows empty months too. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        YearMonth last = last();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
