package com.aftersales.crm.servicecase.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * A case as its page shows it: the call, the customer, the clocks with the policy versions that set them, the
 * responsibility judgement and where it stands.
 */
public record CaseDetail(long id, long customerId, String customerName, String customerAddress, boolean suburban,
                         Long installationId, Long dealerId, String dealer, Long providerId, String provider,
                         String channel, String type, String severity, String status, String callerPhone,
                         String customerWords, String answer, Instant openedAt, String openedBy,
                         Instant firstReplyDue, Long firstReplyPolicyId, Instant firstRepliedAt,
                         Instant onSiteDue, Long onSitePolicyId, Instant onSiteAt, Instant escalatedAt,
                         String responsibility, String costBearer, String responsibilityNote, String judgedBy,
                         Instant judgedAt, Instant customerAcceptedAt, Instant closedAt, int reopenCount,
                         String lastAction, Instant lastActionAt, String brand, String productLine, long version,
                         SlaBadge sla) implements Serializable {

    public boolean closed() {
        return "CLOSED".equals(status);
    }
}
