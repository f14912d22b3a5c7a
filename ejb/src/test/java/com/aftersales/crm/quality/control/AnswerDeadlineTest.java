package com.aftersales.crm.quality.control;

import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswerDeadlineTest {

    @Test
    void theCompanyAnswersWithin24HoursOnTheClockWeekendsIncluded() {
        Instant fridayEvening = Instant.parse("2026-11-27T10:00:00Z"); // 18:00 in Beijing, a Friday
        assertThat(AnswerDeadline.due(fridayEvening, "24", "HOURS")).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(AnswerDeadline.due(fridayEvening, "90", "MINUTES")).isEqualTo(Instant.parse("2026-11-27T11:30:00Z"));
    }

    @Test
    void aPolicyThatIsNoDurationIsRefused() {
        assertThatThrownBy(() -> AnswerDeadline.due(Instant.EPOCH, "3", "WORKING_DAYS")).isInstanceOf(InvalidInput.class);
    }
}
