package com.aftersales.crm.information.control;

import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswerWindowTest {

    private static final Instant FILED = Instant.parse("2024-02-08T02:00:00Z");

    @Test
    void threeDaysRunOnTheClock() {
        assertThat(AnswerWindow.due(FILED, "3", "DAYS", (from, days) -> {
            throw new AssertionError("days on the clock never ask the calendar");
        })).isEqualTo(FILED.plus(Duration.ofDays(3)));
    }

    @Test
    void threeWorkingDaysAreCountedOnTheCalendar() {
        Instant end = Instant.parse("2024-02-20T16:00:00Z");
        assertThat(AnswerWindow.due(FILED, "3", "WORKING_DAYS", (from, days) -> from.equals(FILED) && days == 3 ? end : null))
                .isEqualTo(end);
    }

    @Test
    void anAnswerWindowInMonthsIsRefused() {
        assertThatThrownBy(() -> AnswerWindow.due(FILED, "1", "MONTHS", (from, days) -> null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("information.error.answerUnit"));
    }
}
