package com.aftersales.crm.chargeback.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A chargeback line as the ledgers list it, with the case's product and the party's name. */
public record LineRow(long id, long caseId, String party, Long providerId, Long dealerId, String partyName,
                      String responsibility, BigDecimal sharePercent, BigDecimal amount, BigDecimal originalAmount,
                      String policyRef, Instant disputeUntil, String status, String disputeReason, Instant disputedAt,
                      String decisionReason, String decidedBy, Instant decidedAt, Instant createdAt, long version,
                      boolean disputableNow) implements Serializable {

    public boolean disputed() {
        return "DISPUTED".equals(status);
    }
}
