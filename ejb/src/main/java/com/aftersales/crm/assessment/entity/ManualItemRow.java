package com.aftersales.crm.assessment.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An item a supervisor entered for a provider's month (the regional manager's evaluation, cooperation). */
public record ManualItemRow(long id, long providerId, String providerName, LocalDate month, String kind,
                            BigDecimal points, String note, String enteredBy, Instant enteredAt) implements Serializable {
}
