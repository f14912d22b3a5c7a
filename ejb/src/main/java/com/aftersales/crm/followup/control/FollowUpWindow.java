package com.aftersales.crm.followup.control;

import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.WorkingDayCounter;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * A follow-up's deadline from its window policy. A window in days runs to the end of the last day, Beijing time
 * ("within 7 days of acceptance": an installation accepted on 2 November is called by the end of 9 November); a window
 * in hours runs on the clock from the event ("within 24 h of the visit"); a window in working days runs to the end of
 * the last working day on the working-day calendar passed in (holidays skipped, make-up working days counted).
 */
public final class FollowUpWindow {

    public static Instant due(Instant from, String value, String unit, WorkingDayCounter calendar) {
        long amount = new BigDecimal(value).longValueExact();
        return switch (unit) {
            case "DAYS" -> from.atZone(RetrySchedule.BUSINESS_ZONE).toLocalDate().plusDays(amount + 1)
                    .atStartOfDay(RetrySchedule.BUSINESS_ZONE).toInstant();
            case "WORKING_DAYS" -> calendar.addWorkingDays(from, Math.toIntExact(amount));
            case "HOURS" -> from.plus(Duration.ofHours(amount));
            case "MINUTES" -> from.plus(Duration.ofMinutes(amount));
            default -> throw new InvalidInput("unit", "followup.error.windowUnit");
        };
    }

    private FollowUpWindow() {
    }
}
