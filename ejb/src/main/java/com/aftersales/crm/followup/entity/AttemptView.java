package com.aftersales.crm.followup.entity;

import java.io.Serializable;
import java.time.Instant;

/** One call made for a follow-up. */
public record AttemptView(int attemptNo, String agent, Instant calledAt, CallOutcome outcome, Instant callBackAt,
                          String note) implements Serializable {
}
