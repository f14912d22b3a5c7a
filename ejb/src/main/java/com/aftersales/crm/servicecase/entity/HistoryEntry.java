package com.aftersales.crm.servicecase.entity;

import java.io.Serializable;
import java.time.Instant;

/** One line of a case's audit trail; {@code orderId} set when it is about a dispatch order (states are the order's). */
public record HistoryEntry(Instant occurredAt, String actor, String action, String fromStatus, String toStatus,
                           Long orderId, String note) implements Serializable {
}
