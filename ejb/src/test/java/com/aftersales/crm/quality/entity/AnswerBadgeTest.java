package com.aftersales.crm.quality.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerBadgeTest {

    private static final Instant DUE = Instant.parse("2026-11-24T02:00:00Z");

    @Test
    void aDraftRunsNoClock() {
        assertThat(AnswerBadge.of(ComplaintStatus.DRAFT, null, null, DUE).state()).isEqualTo(AnswerBadge.State.NONE);
    }

    @Test
    void aSubmittedComplaintShowsTheTimeLeftThenHowLongItIsOverdue() {
        AnswerBadge running = AnswerBadge.of(ComplaintStatus.SUBMITTED, DUE, null, DUE.minus(Duration.ofMinutes(200)));
        AnswerBadge overdue = AnswerBadge.of(ComplaintStatus.SUBMITTED, DUE, null, DUE.plus(Duration.ofMinutes(75)));

        assertThat(running.state()).isEqualTo(AnswerBadge.State.RUNNING);
        assertThat(running.hours()).isEqualTo(3);
        assertThat(running.restMinutes()).isEqualTo(20);
        assertThat(overdue.state()).isEqualTo(AnswerBadge.State.OVERDUE);
        assertThat(overdue.minutes()).isEqualTo(75);
        assertThat(AnswerBadge.of(ComplaintStatus.SUBMITTED, DUE, null, DUE).state()).as("due is still in time")
                .isEqualTo(AnswerBadge.State.RUNNING);
    }

    @Test
    void anAnsweredComplaintWasAnsweredInTimeOrLate() {
        assertThat(AnswerBadge.of(ComplaintStatus.ANSWERED, DUE, DUE, DUE.plusSeconds(99_999)).state())
                .isEqualTo(AnswerBadge.State.MET);
        assertThat(AnswerBadge.of(ComplaintStatus.ANSWERED, DUE, DUE.plusSeconds(60), DUE).state())
                .isEqualTo(AnswerBadge.State.MISSED);
    }
}
