package com.aftersales.crm.servicecase.control;

import com.aftersales.crm.shared.Severity;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.WorkingDayCounter;

import java.time.Duration;
import java.time.Instant;

/**
 * Which policy sets each SLA clock, and how long it runs. Hours run on the clock, weekends and holidays included
 * (providers staff their hotline seven days a week): "24 h" is 24 hours, never "the next working day".
 * <ul>
 * <li>first reply to the customer: {@value #FIRST_REPLY} (manual: 24 h);</li>
 * <li>on site: {@value #ON_SITE_URBAN} for an urban address (24 h), {@value #ON_SITE_SUBURBAN} for a suburban or county
 * one (72 h), {@value #ON_SITE_MAJOR} whatever the address when the severity is major (an immediate visit).</li>
 * </ul>
 * A clock whose policy is in {@code WORKING_DAYS} (a brand's version may say "within 2 working days") skips holidays and
 * weekends and counts make-up working days, on the working-day calendar passed in (the calendar area's
 * {@code WorkingCalendar}): it ends at 24:00 of the last working day, the day it starts not counted.
 */
public final class SlaClock {

    public static final String FIRST_REPLY = "sla.first-reply";
    public static final String ON_SITE_URBAN = "sla.on-site.urban";
    public static final String ON_SITE_SUBURBAN = "sla.on-site.suburban";
    public static final String ON_SITE_MAJOR = "sla.on-site.major";

    public static String onSiteKey(Severity severity, boolean suburban) {
        if (severity == Severity.MAJOR) {
            return ON_SITE_MAJOR;
        }
        return suburban ? ON_SITE_SUBURBAN : ON_SITE_URBAN;
    }

    /** A clock's length on the clock from a policy value: hours or minutes (or whole days of 24 h); working days are no length. */
    public static Duration length(String value, String unit) {
        long amount = new java.math.BigDecimal(value).longValueExact();
        return switch (unit) {
            case "MINUTES" -> Duration.ofMinutes(amount);
            case "HOURS" -> Duration.ofHours(amount);
            case "DAYS" -> Duration.ofDays(amount);
            default -> throw new InvalidInput("unit", "case.error.clockUnit");
        };
    }

    /** When a clock started at {@code from} runs out: on the clock, or in working days on {@code calendar}. */
    public static Instant due(Instant from, String value, String unit, WorkingDayCounter calendar) {
        if ("WORKING_DAYS".equals(unit)) {
            return calendar.addWorkingDays(from, new java.math.BigDecimal(value).intValueExact());
        }
        return from.plus(length(value, unit));
    }

    private SlaClock() {
    }
}
