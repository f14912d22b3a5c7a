package com.aftersales.crm.servicecase.entity;

import com.aftersales.crm.shared.AuditLine;
import com.aftersales.crm.shared.WrittenOnce;
import jakarta.persistence.Entity;

import java.time.Instant;

/**
 * One line of a case's audit trail, perhaps about one of its dispatch orders: then the states are the order's,
 * which is why they are given as names.
 */
@Entity
@WrittenOnce
public class CaseHistory extends AuditLine {

    private long caseId;

    private Long orderId;

    private CaseAction action;

    protected CaseHistory() {
    }

    public CaseHistory(long caseId, Long orderId, Instant occurredAt, String actor, CaseAction action, String fromStatus,
                       String toStatus, String note) {
        super(occurredAt, actor, fromStatus, toStatus, note);
        this.caseId = caseId;
        this.orderId = orderId;
        this.action = action;
    }
}
