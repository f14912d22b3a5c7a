package com.aftersales.crm.servicecase.entity;

import java.io.Serializable;
import java.time.Instant;

/** A case brought to the supervisors' attention, and why. */
public record Escalation(long id, long caseId, String reason, Instant escalatedAt, String customerName, String type,
                         String severity, String status, String provider) implements Serializable {
}
