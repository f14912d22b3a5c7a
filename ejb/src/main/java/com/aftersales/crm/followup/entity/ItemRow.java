package com.aftersales.crm.followup.entity;

import java.io.Serializable;
import java.time.Instant;

/** An unsatisfied item as the provider's and the supervisors' lists show it, with the current round's deadline. */
public record ItemRow(long id, ItemStatus status, int round, long customerId, String customerName, long providerId,
                      String providerName, Long caseId, Instant openedAt, Instant replyDue, boolean late,
                      Instant resolvedAt) implements Serializable {

    /** Still owed a reply and past its deadline. */
    public boolean overdue(Instant now) {
        return status == ItemStatus.AWAITING_REPLY && replyDue != null && now.isAfter(replyDue);
    }

    /** The provider owes the current round's reply. */
    public boolean awaitingReply() {
        return status == ItemStatus.AWAITING_REPLY;
    }
}
