package com.aftersales.crm.assessment.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One provider's month (月度考核): base, deductions, merits, score, and the score as it counts (0 at or below 85). */
public record AssessmentRow(long id, long providerId, String providerCode, String providerName, LocalDate month,
                            BigDecimal base, BigDecimal deductions, BigDecimal merits, BigDecimal score,
                            BigDecimal counted, BigDecimal threshold, String status) implements Serializable {

    public boolean countsAsZero() {
        return counted.signum() == 0;
    }
}
