package com.aftersales.crm.quality.entity;

import java.io.Serializable;
import java.time.Instant;

/** One line of a complaint's history. */
public record ComplaintHistoryEntry(Instant occurredAt, String actor, String action, String fromStatus, String toStatus,
                                    String note) implements Serializable {
}
