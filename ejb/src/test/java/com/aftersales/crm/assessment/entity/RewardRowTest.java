package com.aftersales.crm.assessment.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RewardRowTest {

    @Test
    void satisfactionOfFourInSixShowsAs66Point7Percent() {
        RewardRow row = new RewardRow(1, "P", 2026, 1, BigDecimal.TEN, List.of(), 12, 4, 6, 0, true, List.of(),
                BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, null, List.of(), null);
        assertThat(row.satisfactionPercent()).isEqualByComparingTo("66.7");
    }

    @Test
    void monthsSuspendedForRectificationAreNotEarningMonths() {
        RewardRow row = new RewardRow(1, "P", 2026, 1, BigDecimal.TEN, List.of(), 12, 4, 6, 0, true, List.of(),
                BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, null, List.of(3, 4), BigDecimal.ONE);
        assertThat(row.earningMonths()).isEqualTo(10);
    }
}
