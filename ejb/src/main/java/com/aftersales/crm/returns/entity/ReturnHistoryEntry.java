package com.aftersales.crm.returns.entity;

import java.io.Serializable;
import java.time.Instant;

/** One decision in a return request's history. */
public record ReturnHistoryEntry(Instant occurredAt, String actor, String action, String fromStatus, String toStatus,
                                 String note) implements Serializable {
}
