package com.aftersales.crm.servicecase.control;

import com.aftersales.crm.shared.Severity;
import com.aftersales.crm.shared.InvalidInput;

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

    /** A clock's length from a policy value; a clock counts hours or minutes (or whole days of 24 h). */
    public static Duration length(String value, String unit) {
        long amount = new java.math.BigDecimal(value).longValueExact();
        return switch (unit) {
            case "MINUTES" -> Duration.ofMinutes(amount);
            case "HOURS" -> Duration.ofHours(amount);
            case "DAYS" -> Duration.ofDays(amount);
            default -> throw new InvalidInput("unit", "case.error.clockUnit");
        };
    }

    public static Instant due(Instant from, String value, String unit) {
        return from.plus(length(value, unit));
    }

    private SlaClock() {
    }
}
