package com.aftersales.crm.followup.control;

import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.WorkingDayCounter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowUpWindowTest {

    private static final WorkingDayCounter NO_CALENDAR = (from, days) -> {
        throw new AssertionError("no working days here");
    };

    @Test
    void anInstallationAcceptedOnTheSecondIsCalledByTheEndOfTheNinth() {
        Instant accepted = LocalDate.of(2026, 11, 2).atStartOfDay(RetrySchedule.BUSINESS_ZONE).toInstant();
        assertThat(FollowUpWindow.due(accepted, "7", "DAYS", NO_CALENDAR))
                .isEqualTo(LocalDate.of(2026, 11, 10).atStartOfDay(RetrySchedule.BUSINESS_ZONE).toInstant());
    }

    @Test
    void aDayWindowCountsBeijingDaysWhateverTheHour() {
        Instant lateEvening = LocalDateTime.parse("2026-11-02T23:30").atZone(RetrySchedule.BUSINESS_ZONE).toInstant();
        assertThat(FollowUpWindow.due(lateEvening, "7", "DAYS", NO_CALENDAR))
                .isEqualTo(LocalDate.of(2026, 11, 10).atStartOfDay(RetrySchedule.BUSINESS_ZONE).toInstant());
    }

    @Test
    void aVisitIsCalledWithin24HoursOnTheClock() {
        Instant visit = Instant.parse("2026-11-23T07:15:00Z");
        assertThat(FollowUpWindow.due(visit, "24", "HOURS", NO_CALENDAR)).isEqualTo(visit.plus(Duration.ofHours(24)));
    }

    @Test
    void aWindowInWorkingDaysIsCountedOnTheCalendar() {
        Instant accepted = Instant.parse("2026-11-02T02:00:00Z");
        Instant end = Instant.parse("2026-11-09T16:00:00Z");
        assertThat(FollowUpWindow.due(accepted, "5", "WORKING_DAYS", (from, days) -> {
            assertThat(from).isEqualTo(accepted);
            assertThat(days).isEqualTo(5);
            return end;
        })).isEqualTo(end);
    }

    @Test
    void aWindowInAnotherUnitIsRefused() {
        assertThatThrownBy(() -> FollowUpWindow.due(Instant.now(), "3", "PERCENT", NO_CALENDAR)).isInstanceOf(InvalidInput.class);
    }
}
