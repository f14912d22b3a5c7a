package com.aftersales.crm.followup.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {

    private static final Duration GAP = Duration.ofHours(2);

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(RetrySchedule.BUSINESS_ZONE).toInstant();
    }

    @Test
    void aMorningFailureIsRetriedInTheAfternoonAtLeastTheGapLater() {
        Instant failed = beijing("2026-11-23T10:30");
        assertThat(RetrySchedule.next(failed, List.of(failed), GAP)).isEqualTo(beijing("2026-11-23T12:30"));
    }

    @Test
    void morningAndAfternoonTriedMeansTheEvening() {
        Instant morning = beijing("2026-11-23T09:10");
        Instant afternoon = beijing("2026-11-23T13:00");
        assertThat(RetrySchedule.next(afternoon, List.of(morning, afternoon), GAP)).isEqualTo(beijing("2026-11-23T18:00"));
    }

    @Test
    void anEveningFailureIsRetriedTheNextMorning() {
        Instant evening = beijing("2026-11-23T19:00");
        assertThat(RetrySchedule.next(evening, List.of(evening), GAP)).isEqualTo(beijing("2026-11-24T09:00"));
    }

    @Test
    void noCallIsPlannedOutsideCallingHours() {
        Instant late = beijing("2026-11-23T20:30");
        Instant next = RetrySchedule.next(late, List.of(beijing("2026-11-23T09:30"), late), GAP);
        assertThat(next).isEqualTo(beijing("2026-11-24T12:00"));
    }

    @Test
    void onceEveryPartWasTriedTheNextSlotAfterTheGapIsTaken() {
        List<Instant> tried = List.of(beijing("2026-11-23T09:30"), beijing("2026-11-23T14:00"), beijing("2026-11-23T18:30"));
        assertThat(RetrySchedule.next(beijing("2026-11-23T18:30"), tried, GAP)).isEqualTo(beijing("2026-11-23T20:30"));
        assertThat(RetrySchedule.next(beijing("2026-11-23T19:30"), tried, GAP)).isEqualTo(beijing("2026-11-24T09:00"));
        assertThat(RetrySchedule.next(beijing("2026-11-24T09:30"), tried, GAP)).isEqualTo(beijing("2026-11-24T11:30"));
    }

    @Test
    void dayPartsFollowBeijingTime() {
        assertThat(RetrySchedule.DayPart.of(beijing("2026-11-23T08:59"))).isNull();
        assertThat(RetrySchedule.DayPart.of(beijing("2026-11-23T09:00"))).isEqualTo(RetrySchedule.DayPart.MORNING);
        assertThat(RetrySchedule.DayPart.of(beijing("2026-11-23T12:00"))).isEqualTo(RetrySchedule.DayPart.AFTERNOON);
        assertThat(RetrySchedule.DayPart.of(beijing("2026-11-23T20:59"))).isEqualTo(RetrySchedule.DayPart.EVENING);
        assertThat(RetrySchedule.DayPart.of(beijing("2026-11-23T21:00"))).isNull();
    }
}
