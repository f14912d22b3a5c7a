package com.aftersales.crm.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PercentTest {

    @Test
    void fourOfSixIs66Point7PercentRoundedHalfUpNotTruncated() {
        assertThat(Percent.of(4, 6)).isEqualByComparingTo("66.7");
        assertThat(Percent.of(1, 6)).isEqualByComparingTo("16.7");
        assertThat(Percent.of(1, 8)).as("12.5 exactly").isEqualByComparingTo("12.5");
        assertThat(Percent.of(1, 16)).as("6.25 half up, not half even").isEqualByComparingTo("6.3");
    }

    @Test
    void noDenominatorIsNoFigure() {
        assertThat(Percent.of(0, 0)).isNull();
        assertThat(Percent.rounded(null)).isNull();
    }

    @Test
    void aComputedShareIsRoundedTheSameWay() {
        assertThat(Percent.rounded(100.0 * 4 / 6)).isEqualByComparingTo("66.7");
        assertThat(Percent.rounded(6.25)).isEqualByComparingTo("6.3");
        assertThat(Percent.rounded(3.005, 2)).isEqualByComparingTo("3.01");
    }
}
