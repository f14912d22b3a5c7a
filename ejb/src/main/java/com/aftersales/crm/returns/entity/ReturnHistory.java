package com.aftersales.crm.returns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One decision on a return request: who, when, from which state to which, and why. Never changed. */
@Entity
@Table(name = "return_request_history")
public class ReturnHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReturnAction action;

    @Column(name = "from_status", updatable = false)
    private String fromStatus;

    @Column(name = "to_status", updatable = false)
    private String toStatus;

    @Column(updatable = false)
    private String note;

    protected ReturnHistory() {
    }

    public ReturnHistory(long requestId, Instant occurredAt, String actor, ReturnAction action, ReturnStatus from,
                         ReturnStatus to, String note) {
        this.requestId = requestId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromStatus = from == null ? null : from.name();
        this.toStatus = to == null ? null : to.name();
        this.note = note == null || note.isBlank() ? null : note.length() <= 2000 ? note.trim() : note.substring(0, 2000);
    }
}
