package com.aftersales.crm.assessment.entity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of the coefficient table (奖励系数考核评定标准): a quarter averaging at least {@code from} points earns the
 * grade and its coefficient; the policy versions they came from explain it.
 */
public record CoefficientBand(Grade grade, BigDecimal from, BigDecimal coefficient, long fromPolicyId,
                              long coefficientPolicyId) {

    public CoefficientBand {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(coefficient, "coefficient");
        if (coefficient.signum() < 0) {
            throw new IllegalArgumentException("a coefficient is not negative");
        }
    }
}
