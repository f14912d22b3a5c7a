package com.aftersales.crm.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * One line of an audit trail (a case's, a quality complaint's, a return request's): who did what when, from which
 * state to which, and why. Never changed. Each trail is its own table, keyed by its subject, with its own action
 * type; the states are stored as their names, because a case's trail records its orders' states too.
 */
@MappedSuperclass
public abstract class AuditLine {

    /** The longest note kept: every text a trail quotes (a customer's words, a handling, a reason) allows as much. */
    public static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Instant occurredAt;

    @Column(updatable = false)
    private String actor;

    @Column(updatable = false)
    private String fromStatus;

    @Column(updatable = false)
    private String toStatus;

    @Column(updatable = false)
    private String note;

    protected AuditLine() {
    }

    protected AuditLine(Instant occurredAt, String actor, String fromStatus, String toStatus, String note) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note == null || note.isBlank() ? null : note.length() <= NOTE_MAX ? note.trim() : note.substring(0, NOTE_MAX);
    }

    /** A state as the trail stores it: its name, or null for none (a record's first line). */
    protected static String state(Enum<?> state) {
        return state == null ? null : state.name();
    }
}
