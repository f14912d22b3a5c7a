package com.aftersales.crm.followup.entity;

import com.aftersales.crm.shared.WrittenOnce;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** One call made for a follow-up: who called, when, and what came of it. Never changed. */
@Entity
@WrittenOnce
public class FollowUpAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long followUpId;

    private int attemptNo;

    private String agent;

    private Instant calledAt;

    private CallOutcome outcome;

    private Instant callBackAt;

    private String note;

    protected FollowUpAttempt() {
    }

    public FollowUpAttempt(long followUpId, int attemptNo, String agent, Instant calledAt, CallOutcome outcome,
                           Instant callBackAt, String note) {
        this.followUpId = followUpId;
        this.attemptNo = attemptNo;
        this.agent = agent;
        this.calledAt = calledAt;
        this.outcome = outcome;
        this.callBackAt = outcome == CallOutcome.CALL_BACK ? callBackAt : null;
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    public Long getId() {
        return id;
    }
}
