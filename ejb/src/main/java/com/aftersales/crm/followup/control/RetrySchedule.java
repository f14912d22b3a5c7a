package com.aftersales.crm.followup.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * When to call an unreached customer again: at least the policy's gap later, within calling hours, and in a part of the
 * day not yet tried (manual: retries "at different times of day" — someone out every morning may be home in the evening).
 * Once morning, afternoon and evening have all been tried, the next slot after the gap is taken.
 */
public final class RetrySchedule {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    /** The parts of the calling day, in Beijing time. Calls are not made before 09:00 or after 21:00. */
    public enum DayPart {
        MORNING(LocalTime.of(9, 0), LocalTime.of(12, 0)),
        AFTERNOON(LocalTime.of(12, 0), LocalTime.of(18, 0)),
        EVENING(LocalTime.of(18, 0), LocalTime.of(21, 0));

        private final LocalTime start;
        private final LocalTime end;

        DayPart(LocalTime start, LocalTime end) {
            this.start = start;
            this.end = end;
        }

        /** The part of the day a moment falls in, or null outside calling hours. */
        public static DayPart of(Instant moment) {
            LocalTime time = moment.atZone(BUSINESS_ZONE).toLocalTime();
            for (DayPart part : values()) {
                if (!time.isBefore(part.start) && time.isBefore(part.end)) {
                    return part;
                }
            }
            return null;
        }
    }

    /**
     * @param failedAt the moments of the failed attempts so far, the latest included
     * @param gap      the policy's least time between two attempts
     */
    public static Instant next(Instant now, Collection<Instant> failedAt, Duration gap) {
        Set<DayPart> tried = EnumSet.noneOf(DayPart.class);
        failedAt.stream().map(DayPart::of).filter(java.util.Objects::nonNull).forEach(tried::add);
        boolean allTried = tried.size() == DayPart.values().length;
        ZonedDateTime earliest = now.plus(gap).atZone(BUSINESS_ZONE);
        LocalDate day = earliest.toLocalDate();
        for (int d = 0; d < 3; d++, day = day.plusDays(1)) {
            for (DayPart part : DayPart.values()) {
                if (!allTried && tried.contains(part)) {
                    continue;
                }
                ZonedDateTime start = day.atTime(part.start).atZone(BUSINESS_ZONE);
                ZonedDateTime end = day.atTime(part.end).atZone(BUSINESS_ZONE);
                ZonedDateTime candidate = earliest.isAfter(start) ? earliest : start;
                if (candidate.isBefore(end)) {
                    return candidate.toInstant();
                }
            }
        }
        throw new IllegalStateException("no calling slot within three days of " + now);
    }

    private RetrySchedule() {
    }
}
