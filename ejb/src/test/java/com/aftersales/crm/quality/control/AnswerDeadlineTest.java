package com.aftersales.crm.quality.control;

import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.WorkingDayCounter;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswerDeadlineTest {

    private static final WorkingDayCounter NO_CALENDAR = (from, days) -> {
        throw new AssertionError("hours never ask the calendar");
    };

    @Test
    void theCompanyAnswersWithin24HoursOnTheClockWeekendsIncluded() {
        Instant fridayEvening = Instant.parse("2026-11-27T10:00:00Z"); // 18:00 in Beijing, a Friday
        assertThat(AnswerDeadline.due(fridayEvening, "24", "HOURS", NO_CALENDAR)).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(AnswerDeadline.due(fridayEvening, "90", "MINUTES", NO_CALENDAR)).isEqualTo(Instant.parse("2026-11-27T11:30:00Z"));
    }

    @Test
    void anAnswerInWorkingDaysIsDueWhereTheCalendarSays() {
        Instant submitted = Instant.parse("2024-09-27T02:00:00Z");
        Instant calendarEnd = Instant.parse("2024-10-07T16:00:00Z");
        assertThat(AnswerDeadline.due(submitted, "3", "WORKING_DAYS", (from, days) -> days == 3 ? calendarEnd : null))
                .isEqualTo(calendarEnd);
    }

    @Test
    void aPolicyThatIsNoDurationIsRefused() {
        assertThatThrownBy(() -> AnswerDeadline.due(Instant.EPOCH, "1", "MONTHS", NO_CALENDAR)).isInstanceOf(InvalidInput.class);
    }
}
