package com.aftersales.crm.servicecase.entity;

import java.time.Instant;

/**
 * The two SLA clocks of a case, fixed when it opens, each with the policy version it came from: the provider's first
 * reply to the customer, and the technician on site.
 */
public record Deadlines(Instant firstReplyDue, long firstReplyPolicyId, Instant onSiteDue, long onSitePolicyId) {
}
