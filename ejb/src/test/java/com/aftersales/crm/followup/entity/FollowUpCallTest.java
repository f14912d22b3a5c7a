package com.aftersales.crm.followup.entity;

import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowUpCallTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    private static FollowUpCall call() {
        return new FollowUpCall(FollowUpKind.VISIT, "O:1", new FollowUpCall.Subject(7, null, 3L, 1L, 2L, 4L, null),
                NOW, NOW.plus(Duration.ofHours(24)), 11, NOW);
    }

    private static Instant later(int hours) {
        return NOW.plus(Duration.ofHours(hours));
    }

    @Test
    void theThirdFailedAttemptMarksTheCustomerUnreachable() {
        FollowUpCall call = call();
        call.attempted(CallOutcome.NO_ANSWER, "agent", later(1), null, 3, later(4));
        assertThat(call.getStatus()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(call.getReadyAt()).isEqualTo(later(4));
        call.attempted(CallOutcome.BUSY, "agent", later(4), null, 3, later(9));
        assertThat(call.getStatus()).isEqualTo(FollowUpStatus.OPEN);
        call.attempted(CallOutcome.WRONG_NUMBER, "agent", later(9), null, 3, later(20));
        assertThat(call.getStatus()).isEqualTo(FollowUpStatus.UNREACHABLE);
        assertThat(call.getCompletedAt()).isEqualTo(later(9));
        assertThat(call.getFailedAttempts()).isEqualTo(3);
    }

    @Test
    void aCallBackWaitsForTheCustomersTimeAndIsNoFailure() {
        FollowUpCall call = call();
        call.attempted(CallOutcome.CALL_BACK, "agent", later(1), later(6), 3, later(3));
        assertThat(call.getReadyAt()).isEqualTo(later(6));
        assertThat(call.getFailedAttempts()).isZero();
        assertThat(call.getAttempts()).isOne();
        assertThatThrownBy(() -> call.attempted(CallOutcome.CALL_BACK, "agent", later(2), null, 3, later(3)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("callBackAt"));
        assertThatThrownBy(() -> call.attempted(CallOutcome.CALL_BACK, "agent", later(2), later(1), 3, later(3)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("followup.error.callBackInPast"));
    }

    @Test
    void aRefusalEndsTheFollowUpAndReachedNeedsTheSurvey() {
        FollowUpCall call = call();
        assertThatThrownBy(() -> call.attempted(CallOutcome.REACHED, "agent", later(1), null, 3, later(3)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("followup.error.surveyRequired"));
        call.attempted(CallOutcome.REFUSED, "agent", later(1), null, 3, later(3));
        assertThat(call.getStatus()).isEqualTo(FollowUpStatus.REFUSED);
        assertThatThrownBy(() -> call.surveyed(true, "agent", later(2))).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void anotherAgentsReservationIsRespected() {
        FollowUpCall call = call();
        assertThat(call.reservedByAnother("agent", NOW)).isFalse();
        call.surveyed(false, "agent", later(1));
        assertThat(call.getStatus()).isEqualTo(FollowUpStatus.DONE);
        assertThat(call.getSatisfied()).isFalse();
        assertThat(call.getLastOutcome()).isEqualTo(CallOutcome.REACHED);
    }

    @Test
    void complaintsAndRecallsComeBeforeRoutineCallsOfTheSameDeadline() {
        assertThat(FollowUpKind.COMPLAINT.priority()).isLessThan(FollowUpKind.VISIT.priority());
        assertThat(FollowUpKind.RECALL.priority()).isLessThan(FollowUpKind.INSTALLATION.priority());
        assertThat(FollowUpKind.VISIT.priority()).isLessThan(FollowUpKind.INSTALLATION.priority());
    }
}
