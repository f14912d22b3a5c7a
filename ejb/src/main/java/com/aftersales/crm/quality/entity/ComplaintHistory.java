package com.aftersales.crm.quality.entity;

import com.aftersales.crm.shared.AuditLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of a complaint's history. */
@Entity
@Table(name = "quality_complaint_history")
public class ComplaintHistory extends AuditLine {

    @Column(updatable = false)
    private long complaintId;

    @Column(updatable = false)
    private ComplaintAction action;

    protected ComplaintHistory() {
    }

    public ComplaintHistory(long complaintId, Instant occurredAt, String actor, ComplaintAction action,
                            ComplaintStatus from, ComplaintStatus to, String note) {
        super(occurredAt, actor, state(from), state(to), note);
        this.complaintId = complaintId;
        this.action = action;
    }
}
