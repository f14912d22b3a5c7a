package com.aftersales.crm.followup.entity;

import java.io.Serializable;
import java.time.Instant;

/** A follow-up as lists show it: whom, why, by when, how far it got. */
public record FollowUpRow(long id, FollowUpKind kind, FollowUpStatus status, long customerId, String customerName,
                          Long caseId, Long installationId, String providerName, Instant dueAt, int priority,
                          Instant readyAt, String claimedBy, Instant claimExpiresAt, int attempts, CallOutcome lastOutcome,
                          Instant completedAt, Boolean satisfied, Long responseId) implements Serializable {

    /** Still owed and past its window, or done after it. */
    public boolean overdue(Instant now) {
        return status == FollowUpStatus.OPEN ? now.isAfter(dueAt) : completedAt != null && completedAt.isAfter(dueAt);
    }

    /** Someone holds the reservation now. */
    public boolean reserved(Instant now) {
        return claimedBy != null && claimExpiresAt != null && claimExpiresAt.isAfter(now);
    }

    /** Still owed a call: an agent may take it. */
    public boolean open() {
        return status == FollowUpStatus.OPEN;
    }
}
