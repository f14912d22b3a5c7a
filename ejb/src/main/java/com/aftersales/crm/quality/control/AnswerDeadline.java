package com.aftersales.crm.quality.control;

import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.WorkingDayCounter;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * When the company's answer to a submitted complaint is due: the submission plus the policy
 * {@value #ANSWER_HOURS} (manual: 24 h). Hours run on the clock, weekends included, as every hour-based deadline here;
 * a version in {@code WORKING_DAYS} counts on the working-day calendar passed in (24:00 of the last working day, the
 * day of submission not counted).
 */
public final class AnswerDeadline {

    public static final String ANSWER_HOURS = "quality-complaint.answer-hours";
    public static final String MIN_PHOTOS = "quality-complaint.min-photos";

    public static Instant due(Instant submittedAt, String value, String unit, WorkingDayCounter calendar) {
        if ("WORKING_DAYS".equals(unit)) {
            return calendar.addWorkingDays(submittedAt, new BigDecimal(value).intValueExact());
        }
        long amount = new BigDecimal(value).longValueExact();
        Duration length = switch (unit) {
            case "MINUTES" -> Duration.ofMinutes(amount);
            case "HOURS" -> Duration.ofHours(amount);
            case "DAYS" -> Duration.ofDays(amount);
            default -> throw new InvalidInput("unit", "quality.error.clockUnit");
        };
        return submittedAt.plus(length);
    }

    private AnswerDeadline() {
    }
}
