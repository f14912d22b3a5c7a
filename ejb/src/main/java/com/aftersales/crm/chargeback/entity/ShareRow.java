package com.aftersales.crm.chargeback.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A share of a case's responsibility (责任分摊) as the case page shows it. */
public record ShareRow(Long id, String responsibility, String party, Long partyId, String partyName,
                       BigDecimal sharePercent, String evidenceNote, String attachmentIds, String policyRef,
                       String judgedBy, Instant judgedAt) implements Serializable {
}
