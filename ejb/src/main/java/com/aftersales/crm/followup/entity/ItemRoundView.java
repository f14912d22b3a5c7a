package com.aftersales.crm.followup.entity;

import java.io.Serializable;
import java.time.Instant;

/** One round of an unsatisfied item: the answer that opened it, the provider's reply and deadline, the re-call. */
public record ItemRoundView(int round, long responseId, int overall, String comment, Instant openedAt, Instant replyDue,
                            long replyPolicyId, Instant repliedAt, String repliedBy, String handling, String result,
                            boolean late, Long recallId) implements Serializable {
}
