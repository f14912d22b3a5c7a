package com.aftersales.crm.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @Test
    void aComputedFigureIsRoundedHalfUpToTheFenOnce() {
        assertThat(Money.of("49333.3333333333").amount()).isEqualTo(new BigDecimal("49333.33"));
        assertThat(Money.of("0.005").amount()).isEqualTo(new BigDecimal("0.01"));
        assertThat(Money.of("0.004").amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(Money.of("1500").times(new BigDecimal("10")).amount()).isEqualTo(new BigDecimal("15000.00"));
    }

    @Test
    void whatCannotGoBelowNothingStopsAtZero() {
        Money penalties = Money.of("30150");
        Money reward = Money.of("20000");
        assertThat(reward.minus(penalties).atLeastZero()).isEqualTo(Money.ZERO);
        assertThat(penalties.minus(reward).atLeastZero()).isEqualTo(Money.of("10150.00"));
        assertThat(Money.ZERO.toString()).isEqualTo("0.00");
    }
}
