package com.aftersales.crm.quality.control;

import com.aftersales.crm.shared.InvalidInput;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * When the company's answer to a submitted complaint is due: the submission plus the policy
 * {@value #ANSWER_HOURS} (manual: 24 h). Hours run on the clock, weekends included, as every hour-based deadline here.
 */
public final class AnswerDeadline {

    public static final String ANSWER_HOURS = "quality-complaint.answer-hours";
    public static final String MIN_PHOTOS = "quality-complaint.min-photos";

    public static Instant due(Instant submittedAt, String value, String unit) {
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
