package com.aftersales.crm.dashboard.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dashboard's pure rules: rates, the period in Beijing time, the region filter as a code prefix. */
class DashboardRulesTest {

    @Test
    void satisfactionRateIsSatisfiedOverAnsweredInPercentToOneDecimal() {
        assertThat(Rates.percent(2, 3)).isEqualByComparingTo(new BigDecimal("66.7"));
        assertThat(Rates.percent(4, 5)).isEqualByComparingTo(new BigDecimal("80.0"));
        assertThat(Rates.percent(0, 7)).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void noAnsweredSurveysMeansNoRateRatherThanZero() {
        assertThat(Rates.percent(0, 0)).isNull();
        assertThat(Rates.perThousand(3, 0)).isNull();
    }

    @Test
    void complaintsArePerThousandInstallations() {
        assertThat(Rates.perThousand(3, 2000)).isEqualByComparingTo(new BigDecimal("1.50"));
        assertThat(Rates.perThousand(1, 3)).isEqualByComparingTo(new BigDecimal("333.33"));
    }

    @Test
    void aPeriodRunsFromMidnightBeijingTimeAndExcludesItsLastDay() {
        Period march = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
        assertThat(march.start()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
        assertThat(march.end()).isEqualTo(Instant.parse("2026-03-31T16:00:00Z"));
        assertThat(march.months()).containsExactly(YearMonth.of(2026, 3));
    }

    @Test
    void aPeriodIsWholeMonthsAndListsEachOfThem() {
        Period period = Period.of(YearMonth.of(2025, 11), YearMonth.of(2026, 2));
        assertThat(period.from()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(period.to()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(period.months()).containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1),
                YearMonth.of(2026, 2));
        assertThatThrownBy(() -> new Period(LocalDate.of(2025, 11, 15), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 2, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLastTwelveMonthsIncludeTheCurrentOne() {
        Period period = Period.lastMonths(LocalDate.of(2026, 11, 29), 12);
        assertThat(period.from()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(period.to()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(period.months()).hasSize(12);
    }

    @Test
    void aPeriodMustBeForwardAndAtMostFiveYears() {
        assertThatThrownBy(() -> new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProvinceCoversItsTwoDigitPrefixACityItsFourADistrictItself() {
        assertThat(RegionPrefix.of("330000")).isEqualTo("33");
        assertThat(RegionPrefix.of("330100")).isEqualTo("3301");
        assertThat(RegionPrefix.of("330106")).isEqualTo("330106");
        assertThat(RegionPrefix.of(" ")).isNull();
        assertThat(RegionPrefix.city("330106")).isEqualTo("330100");
        assertThatThrownBy(() -> RegionPrefix.of("33%")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDashboardFiltersByProvinceOrCityNotByDistrict() {
        Period march = Period.of(YearMonth.of(2026, 3), YearMonth.of(2026, 3));
        assertThat(new com.aftersales.crm.dashboard.boundary.DashboardFilter(march, "330100", null, null).regionPrefix())
                .isEqualTo("3301");
        assertThatThrownBy(() -> new com.aftersales.crm.dashboard.boundary.DashboardFilter(march, "330106", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDrillDownOfSatisfactionKnowsItsBreakdown() {
        assertThat(DrillKind.satisfaction(Breakdown.PROVIDER)).isEqualTo(DrillKind.SATISFACTION_PROVIDER);
        assertThat(DrillKind.SATISFACTION_MONTH.breakdown()).isEqualTo(Breakdown.MONTH);
        assertThat(DrillKind.SLA.surveys()).isFalse();
    }
}
