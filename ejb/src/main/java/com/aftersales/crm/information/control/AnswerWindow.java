package com.aftersales.crm.information.control;

import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.WorkingDayCounter;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * When an information item's answer is due, from the policy {@code information.answer-days} (manual: 3 days). In
 * {@code DAYS} it runs on the clock (3 × 24 h from filing, weekends included, as it always has); switched to
 * {@code WORKING_DAYS} by a new policy version it ends at 24:00 of the third working day after the filing day on the
 * working-day calendar passed in (holidays skipped, make-up working days counted); hours and minutes run on the clock.
 */
public final class AnswerWindow {

    public static Instant due(Instant filedAt, String value, String unit, WorkingDayCounter calendar) {
        long amount = new BigDecimal(value).longValueExact();
        return switch (unit) {
            case "WORKING_DAYS" -> calendar.addWorkingDays(filedAt, Math.toIntExact(amount));
            case "DAYS" -> filedAt.plus(Duration.ofDays(amount));
            case "HOURS" -> filedAt.plus(Duration.ofHours(amount));
            case "MINUTES" -> filedAt.plus(Duration.ofMinutes(amount));
            default -> throw new InvalidInput("unit", "information.error.answerUnit");
        };
    }

    private AnswerWindow() {
    }
}
