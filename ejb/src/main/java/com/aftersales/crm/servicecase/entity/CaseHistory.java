package com.aftersales.crm.servicecase.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of a case's audit trail: who did what when, from which state to which, and why. Never changed. */
@Entity
@Table(name = "case_history")
public class CaseHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "order_id", updatable = false)
    private Long orderId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CaseAction action;

    @Column(name = "from_status", updatable = false)
    private String fromStatus;

    @Column(name = "to_status", updatable = false)
    private String toStatus;

    @Column(updatable = false)
    private String note;

    protected CaseHistory() {
    }

    public CaseHistory(long caseId, Long orderId, Instant occurredAt, String actor, CaseAction action, String fromStatus,
                       String toStatus, String note) {
        this.caseId = caseId;
        this.orderId = orderId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note == null || note.isBlank() ? null : note.length() <= 1000 ? note.trim() : note.substring(0, 1000);
    }
}
