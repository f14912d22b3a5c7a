package com.aftersales.crm.calendar.entity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.IntFunction;

/**
 * Working-day arithmetic (工作日计算) on the Chinese calendar, Beijing time (Asia/Shanghai):
 * <ul>
 * <li>a day is a <b>working day</b> if a notice lists it as a make-up working day (调休补班, {@code isOffDay=false});
 * otherwise it is not if a notice lists it as off (休); otherwise it is one when it is Monday to Friday;</li>
 * <li>"<b>N working days from the instant t</b>" ends at the end (24:00, i.e. 00:00 of the next day) of the N-th
 * working day after the day of t; the day of t itself never counts, whatever the hour or whether it is a working day.
 * Filed on Friday 2024-02-09 at 10:00 (the eve of the Spring Festival), 3 working days end on Tuesday 2024-02-20 at
 * 24:00: 10–17 February are off, Sunday 18 February is a make-up working day (1), then 19 (2) and 20 (3). Filed on
 * Friday 2024-09-27, they end on Tuesday 2024-10-08 at 24:00: Sunday 29 September (made working) and Monday 30 count,
 * 1–7 October are off. N = 0 is the end of the day of t;</li>
 * <li>a <b>year whose notice is not published</b> (not in the table) counts only weekends as days off: the deadline is
 * still computed — an item filed in December cannot wait for next year's notice — and the calendar logs a warning
 * when it counts into such a year (the calendar area's {@code CalendarBook}); once the notice is saved, new deadlines follow it
 * (deadlines already computed are kept, as every deadline here keeps the policy it came from).</li>
 * </ul>
 * Pure: the days come from {@code years} (the server's cache, or rows in a unit test), one lookup per year counted into.
 */
public final class WorkingDays {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    /** No deadline of ours counts more working days than this (ten years' worth): a guard against runaway values. */
    public static final int MAX_DAYS = 2500;

    private final IntFunction<YearDays> years;

    public WorkingDays(IntFunction<YearDays> years) {
        this.years = years;
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean off = years.apply(day.getYear()).offDay(day);
        if (off != null) {
            return !off;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The end of the {@code days}-th working day after the day of {@code from} (see the class comment). */
    public Instant addWorkingDays(Instant from, int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("working days out of range: " + days);
        }
        LocalDate day = from.atZone(BUSINESS_ZONE).toLocalDate();
        YearDays year = years.apply(day.getYear());
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (day.getYear() != year.year()) {
                year = years.apply(day.getYear());
            }
            Boolean off = year.offDay(day);
            boolean working = off != null ? !off
                    : day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (working) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(BUSINESS_ZONE).toInstant();
    }
}
