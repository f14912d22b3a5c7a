package com.aftersales.crm.followup.control;

import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowUpWindowTest {

    @Test
    void anInstallationAcceptedOnTheSecondIsCalledByTheEndOfTheNinth() {
        Instant accepted = LocalDate.of(2026, 11, 2).atStartOfDay(RetrySchedule.BUSINESS_ZONE).toInstant();
        assertThat(FollowUpWindow.due(accepted, "7", "DAYS"))
                .isEqualTo(LocalDate.of(2026, 11, 10).atStartOfDay(RetrySchedule.BUSINESS_ZONE).toInstant());
    }

    @Test
    void aDayWindowCountsBeijingDaysWhateverTheHour() {
        Instant lateEvening = LocalDateTime.parse("2026-11-02T23:30").atZone(RetrySchedule.BUSINESS_ZONE).toInstant();
        assertThat(FollowUpWindow.due(lateEvening, "7", "DAYS"))
                .isEqualTo(LocalDate.of(2026, 11, 10).atStartOfDay(RetrySchedule.BUSINESS_ZONE).toInstant());
    }

    @Test
    void aVisitIsCalledWithin24HoursOnTheClock() {
        Instant visit = Instant.parse("2026-11-23T07:15:00Z");
        assertThat(FollowUpWindow.due(visit, "24", "HOURS")).isEqualTo(visit.plus(Duration.ofHours(24)));
    }

    @Test
    void aWindowInAnotherUnitIsRefused() {
        assertThatThrownBy(() -> FollowUpWindow.due(Instant.now(), "3", "PERCENT")).isInstanceOf(InvalidInput.class);
    }
}
