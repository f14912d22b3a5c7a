package com.aftersales.crm.quality.entity;


import java.io.Serializable;
import java.time.Instant;

/** One line of a complaint list: whose, about what, where it stands, and the answer clock. */
public record ComplaintRow(long id, long customerId, String customerName, String dealerName, String productCode,
                           String status, String lastAction, Instant lastActionAt, Instant submittedAt,
                           AnswerBadge badge) implements Serializable {
}
