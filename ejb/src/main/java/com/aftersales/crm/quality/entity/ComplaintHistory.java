package com.aftersales.crm.quality.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of a complaint's history: who did what when, from which state to which, and why. Never changed. */
@Entity
@Table(name = "quality_complaint_history")
public class ComplaintHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private long complaintId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ComplaintAction action;

    @Column(name = "from_status", updatable = false)
    private String fromStatus;

    @Column(name = "to_status", updatable = false)
    private String toStatus;

    @Column(updatable = false)
    private String note;

    protected ComplaintHistory() {
    }

    public ComplaintHistory(long complaintId, Instant occurredAt, String actor, ComplaintAction action,
                            ComplaintStatus from, ComplaintStatus to, String note) {
        this.complaintId = complaintId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromStatus = from == null ? null : from.name();
        this.toStatus = to == null ? null : to.name();
        this.note = note == null || note.isBlank() ? null : note.length() <= 2000 ? note.trim() : note.substring(0, 2000);
    }
}
