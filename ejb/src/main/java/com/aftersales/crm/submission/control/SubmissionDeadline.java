package com.aftersales.crm.submission.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * 每周一17:00前报送上周铺装档案: a week's archives are due a policy's number of hours after the week ends (Sunday 24:00,
 * Beijing time); 17 hours is Monday 17:00. Weeks are ISO weeks, Monday to Sunday.
 */
public final class SubmissionDeadline {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    /** The Monday of the week a day belongs to. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The week a submission made at that moment reports by default: the previous one. */
    public static LocalDate reportedWeek(Instant submittedAt) {
        return weekOf(submittedAt.atZone(BUSINESS_ZONE).toLocalDate()).minusWeeks(1);
    }

    /**
     * A week's archives are owed only when the week was not over (Sunday 24:00, Beijing time) when the provider was
     * registered in the system: its creation, not its agreement's signing date, which may lie years back. The same rule
     * is the SQL function {@code archive_week_owed} (V23) the set-based statements use.
     */
    public static boolean owed(LocalDate weekStart, Instant registeredAt) {
        return registeredAt.isBefore(weekStart.plusWeeks(1).atStartOfDay(BUSINESS_ZONE).toInstant());
    }

    public static Instant deadline(LocalDate weekStart, long hoursAfterWeek) {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday: " + weekStart);
        }
        return weekStart.plusWeeks(1).atStartOfDay(BUSINESS_ZONE).toInstant().plus(Duration.ofHours(hoursAfterWeek));
    }

    private SubmissionDeadline() {
    }
}
