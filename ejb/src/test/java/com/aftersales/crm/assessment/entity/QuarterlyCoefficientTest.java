package com.aftersales.crm.assessment.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuarterlyCoefficientTest {

    /** The defaults of V15: ≥ 95 → A 1.2, 90–95 → B 1.0, 85–90 → C 0.8, below → 0. */
    static final CoefficientTable DEFAULTS = new CoefficientTable(List.of(
            new CoefficientBand(Grade.C, new BigDecimal("85"), new BigDecimal("0.8"), 5, 6),
            new CoefficientBand(Grade.A, new BigDecimal("95"), new BigDecimal("1.2"), 1, 2),
            new CoefficientBand(Grade.B, new BigDecimal("90"), new BigDecimal("1.0"), 3, 4)));

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @ParameterizedTest(name = "average {0} → {1} {2}")
    @CsvSource({"100, A, 1.2", "95, A, 1.2", "94.99, B, 1.0", "90, B, 1.0", "89.99, C, 0.8", "85, C, 0.8",
            "84.99, NONE, 0", "0, NONE, 0"})
    void coefficientBandsMapTheQuartersAverage(String average, Grade grade, String coefficient) {
        assertThat(DEFAULTS.gradeFor(d(average))).isEqualTo(grade);
        assertThat(DEFAULTS.coefficientFor(d(average))).isEqualByComparingTo(coefficient);
    }

    @Test
    void aQuarterOfThreeMonthsAt96IsGradeAWithCoefficient1Point2() {
        QuarterlyCoefficient quarter = QuarterlyCoefficient.of(1, List.of(d("96"), d("97"), d("95")), DEFAULTS);

        assertThat(quarter.average()).isEqualByComparingTo("96");
        assertThat(quarter.grade()).isEqualTo(Grade.A);
        assertThat(quarter.coefficient()).isEqualByComparingTo("1.2");
    }

    @Test
    void aMonthCountedAsZeroPullsTheQuartersAverageDown() {
        // 98 and 97, then a month at 85 which counts as 0: average 65 → no coefficient.
        QuarterlyCoefficient quarter = QuarterlyCoefficient.of(2, List.of(d("98"), d("97"), d("0")), DEFAULTS);

        assertThat(quarter.average()).isEqualByComparingTo("65");
        assertThat(quarter.grade()).isEqualTo(Grade.NONE);
        assertThat(quarter.coefficient()).isEqualByComparingTo("0");
    }

    @Test
    void theBandIsChosenOnTheExactAverageNotTheRoundedOne() {
        // (95 + 95 + 94.99) / 3 = 94.9966…, shown as 95.00 but still B.
        QuarterlyCoefficient quarter = QuarterlyCoefficient.of(3, List.of(d("95"), d("95"), d("94.99")), DEFAULTS);

        assertThat(quarter.average()).isEqualByComparingTo("95.00");
        assertThat(quarter.grade()).isEqualTo(Grade.B);
    }

    @Test
    void aQuarterWithoutAnAssessedMonthHasNoCoefficient() {
        assertThat(QuarterlyCoefficient.of(4, List.of(), DEFAULTS).coefficient()).isEqualByComparingTo("0");
    }
}
