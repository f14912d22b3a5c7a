package com.aftersales.crm.casestudy.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A provider's month, closed: compliant or not (no case, or only worthless ones) and the deduction. */
public record ComplianceRow(long providerId, String providerName, LocalDate month, boolean compliant, String reason,
                            BigDecimal deduction) implements Serializable {
}
