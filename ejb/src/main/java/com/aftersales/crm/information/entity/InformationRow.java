package com.aftersales.crm.information.entity;

import java.io.Serializable;
import java.time.Instant;

/** An information item as lists and its dialog show it. */
public record InformationRow(long id, Direction direction, String networkPoint, InformationCategory category,
                             Urgency urgency, String subject, String content, String proposal, Long customerId,
                             String customerName, String product, Instant filedAt, String filedBy, Instant answerDue,
                             Instant answeredAt, String answeredBy, String answer, boolean late) implements Serializable {

    /** Still owed its answer and past the deadline. */
    public boolean overdue(Instant now) {
        return answeredAt == null && now.isAfter(answerDue);
    }
}
