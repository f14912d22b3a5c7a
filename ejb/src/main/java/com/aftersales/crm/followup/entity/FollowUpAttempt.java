package com.aftersales.crm.followup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** One call made for a follow-up: who called, when, and what came of it. Never changed. */
@Entity
public class FollowUpAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long followUpId;

    @Column(updatable = false)
    private int attemptNo;

    @Column(updatable = false)
    private String agent;

    @Column(updatable = false)
    private Instant calledAt;

    @Column(updatable = false)
    private CallOutcome outcome;

    @Column(updatable = false)
    private Instant callBackAt;

    @Column(updatable = false)
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
