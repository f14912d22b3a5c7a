package com.aftersales.crm.assessment.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonthlyScoreTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal THRESHOLD = new BigDecimal("85");

    @Test
    void aMonthScoredExactly85CountsAsZero() {
        MonthlyScore month = new MonthlyScore(HUNDRED, new BigDecimal("15"), BigDecimal.ZERO, THRESHOLD);

        assertThat(month.score()).isEqualByComparingTo("85");
        assertThat(month.counted()).isEqualByComparingTo("0");
    }

    @Test
    void aMonthScoredJustAbove85CountsInFull() {
        MonthlyScore month = new MonthlyScore(HUNDRED, new BigDecimal("14.5"), BigDecimal.ZERO, THRESHOLD);

        assertThat(month.counted()).isEqualByComparingTo("85.5");
    }

    @Test
    void meritsAddAndDeductionsTakeOffButAScoreNeverGoesBelowZero() {
        assertThat(new MonthlyScore(HUNDRED, new BigDecimal("6"), new BigDecimal("4"), THRESHOLD).score())
                .isEqualByComparingTo("98");
        assertThat(new MonthlyScore(HUNDRED, new BigDecimal("130"), BigDecimal.ZERO, THRESHOLD).score())
                .isEqualByComparingTo("0");
        assertThatThrownBy(() -> new MonthlyScore(HUNDRED, new BigDecimal("-1"), BigDecimal.ZERO, THRESHOLD))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
