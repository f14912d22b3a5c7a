package com.aftersales.crm.quality.entity;

import com.aftersales.crm.shared.AuditLine;
import com.aftersales.crm.shared.WrittenOnce;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of a complaint's history. */
@Entity
@WrittenOnce
@Table(name = "quality_complaint_history")
public class ComplaintHistory extends AuditLine {

    private long complaintId;

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
