package com.aftersales.crm.submission.control;

import com.aftersales.crm.submission.entity.ArchiveSubmission;
import com.aftersales.crm.submission.entity.SubmissionChannel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionDeadlineTest {

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SubmissionDeadline.BUSINESS_ZONE).toInstant();
    }

    @Test
    void weeksOverBeforeTheProviderWasRegisteredAreNotOwedWhateverItsSigningDate() {
        // registered on Wednesday 2026-12-02 (an agreement signed years before changes nothing)
        Instant registered = beijing("2026-12-02T10:00");
        assertThat(SubmissionDeadline.owed(LocalDate.parse("2026-11-23"), registered)).isFalse();
        assertThat(SubmissionDeadline.owed(LocalDate.parse("2026-11-16"), registered)).isFalse();
        // the week it was registered in, and the later ones, are owed
        assertThat(SubmissionDeadline.owed(LocalDate.parse("2026-11-30"), registered)).isTrue();
        assertThat(SubmissionDeadline.owed(LocalDate.parse("2026-12-07"), registered)).isTrue();
    }

    @Test
    void aWeekIsOwedWhenTheProviderWasRegisteredBeforeSunday24BeijingTime() {
        LocalDate week = LocalDate.parse("2026-11-23");
        assertThat(SubmissionDeadline.owed(week, beijing("2026-11-29T23:59:59"))).isTrue();
        assertThat(SubmissionDeadline.owed(week, beijing("2026-11-30T00:00"))).isFalse();
    }

    @Test
    void aSubmissionAfterTheDeadlineOfAWeekNotOwedIsNotLate() {
        LocalDate week = LocalDate.parse("2026-11-16");
        Instant deadline = SubmissionDeadline.deadline(week, 17);
        Instant afterIt = deadline.plusSeconds(86_400 * 10);
        assertThat(submission(week, afterIt, deadline, false).isLate()).isFalse();
        assertThat(submission(week, afterIt, deadline, true).isLate()).isTrue();
        assertThat(submission(week, deadline.minusSeconds(60), deadline, true).isLate()).isFalse();
    }

    private static ArchiveSubmission submission(LocalDate week, Instant at, Instant deadline, boolean owed) {
        return new ArchiveSubmission(1L, week, "a.csv", "x", "CSV", "UTF-8", 10, "00", SubmissionChannel.values()[0],
                "p", at, deadline, 1L, 0, owed);
    }
}
