package com.aftersales.crm.servicecase.entity;

import java.io.Serializable;
import java.time.Instant;

/** One line of a case list: enough to pick the case and see where it stands. */
public record CaseRow(long id, Instant openedAt, long customerId, String customerName, String type, String severity,
                      String status, String channel, String provider, String lastAction, Instant lastActionAt,
                      boolean escalated, SlaBadge sla) implements Serializable {
}
