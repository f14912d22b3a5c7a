package com.aftersales.crm.servicecase.control;

import com.aftersales.crm.shared.Severity;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.WorkingDayCounter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlaClockTest {

    private static final WorkingDayCounter NO_CALENDAR = (from, days) -> {
        throw new AssertionError("hours never ask the calendar");
    };

    @Test
    void theOnSiteClockDependsOnTheAddressUnlessTheCaseIsMajor() {
        assertThat(SlaClock.onSiteKey(Severity.NORMAL, false)).isEqualTo("sla.on-site.urban");
        assertThat(SlaClock.onSiteKey(Severity.NORMAL, true)).isEqualTo("sla.on-site.suburban");
        assertThat(SlaClock.onSiteKey(Severity.MAJOR, true)).isEqualTo("sla.on-site.major");
        assertThat(SlaClock.onSiteKey(Severity.MAJOR, false)).isEqualTo("sla.on-site.major");
    }

    @Test
    void hoursRunOnTheClockWeekendsIncluded() {
        Instant fridayEvening = Instant.parse("2026-11-27T10:00:00Z");
        assertThat(SlaClock.due(fridayEvening, "72", "HOURS", NO_CALENDAR)).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(SlaClock.length("30", "MINUTES")).isEqualTo(Duration.ofMinutes(30));
        assertThat(SlaClock.length("2", "DAYS")).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void aClockInWorkingDaysEndsWhereTheCalendarSays() {
        Instant opened = Instant.parse("2024-02-08T02:00:00Z");
        Instant calendarEnd = Instant.parse("2024-02-19T16:00:00Z");
        assertThat(SlaClock.due(opened, "2", "WORKING_DAYS", (from, days) -> from.equals(opened) && days == 2 ? calendarEnd : null))
                .isEqualTo(calendarEnd);
    }

    @Test
    void workingDaysAreNoLengthOnTheClockAndMonthsNoClock() {
        assertThatThrownBy(() -> SlaClock.length("3", "WORKING_DAYS")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> SlaClock.length("1", "MONTHS")).isInstanceOf(InvalidInput.class);
    }
}
