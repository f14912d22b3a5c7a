package com.aftersales.crm.provider.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A certificate review as the technician's history shows it. */
public record ReviewRow(long id, int year, BigDecimal workScore, BigDecimal examScore, BigDecimal total, boolean passed,
                        boolean feeWaived, LocalDate validUntilBefore, LocalDate validUntilAfter, String reviewedBy,
                        Instant reviewedAt) implements Serializable {
}
