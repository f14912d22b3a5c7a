package com.aftersales.crm.dashboard.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's period: the days [from, to) in Beijing time (a month is [1st, 1st of the next)). At most five years,
 * so that a grouped statement never covers the whole history by accident.
 */
public record Period(LocalDate from, LocalDate to) implements java.io.Serializable {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    public static final int MAX_MONTHS = 60;

    public Period {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("a period needs from < to");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to)) {
            throw new IllegalArgumentException("a period covers at most " + MAX_MONTHS + " months");
        }
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

    /** The first day of the first month the period touches; case-study months are dated by their first day. */
    public LocalDate firstMonth() {
        return from.withDayOfMonth(1);
    }

    /** Every month the period touches, in order, so that a trend shows empty months too. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        YearMonth last = YearMonth.from(to.minusDays(1));
        for (YearMonth m = YearMonth.from(from); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
