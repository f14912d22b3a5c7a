package com.aftersales.crm.chargeback.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A cost of a case (案件费用). */
public record CostRow(long id, String kind, BigDecimal amount, String note, String source, Long orderId,
                      String enteredBy, Instant enteredAt) implements Serializable {
}
