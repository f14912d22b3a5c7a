package com.aftersales.crm.web.assessment;

import com.aftersales.crm.assessment.entity.RewardRow;
import com.aftersales.crm.dashboard.boundary.ExportTable;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class RewardTextsTest {

    private static RewardRow row(List<Integer> suspended) {
        return new RewardRow(1, "杭州西子地板售后服务中心", 2026, 1, new BigDecimal("80000"),
                List.of(new BigDecimal("1.2"), new BigDecimal("1.2"), new BigDecimal("1.2"), new BigDecimal("1.2")), 12,
                9, 10, 0, true, List.of(), new BigDecimal("72000.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal("72000.00"), BigDecimal.ZERO, new BigDecimal("20000"), BigDecimal.ZERO, null, suspended,
                new BigDecimal("1"));
    }

    @Test
    void theSettlementSaysWhichMonthsWereSuspendedAndThePolicyInBothLanguages() {
        RewardRow row = row(List.of(3, 4, 5));
        assertThat(RewardTexts.of(Locale.SIMPLIFIED_CHINESE).suspension(row))
                .isEqualTo("3月、4月、5月停工整顿，这些月份不享受奖励（政策：当月停工满 1 天即不计）；计奖月数 9");
        assertThat(RewardTexts.of(Locale.ENGLISH).suspension(row))
                .isEqualTo("Suspended for rectification in March, April, May: those months earn no reward "
                        + "(policy: a month with 1 or more days of suspension does not count); months rewarded: 9");
        assertThat(RewardTexts.of(Locale.SIMPLIFIED_CHINESE).suspension(row(List.of()))).isEqualTo("无");
        assertThat(RewardTexts.of(Locale.ENGLISH).suspension(row(List.of()))).isEqualTo("None");
    }

    @Test
    void theExportCarriesTheSuspensionColumn() {
        ExportTable table = RewardTexts.of(Locale.SIMPLIFIED_CHINESE).table(2026, List.of(row(List.of(7))));
        int column = table.headers().indexOf("停工整顿");
        assertThat(column).isNotNegative();
        assertThat(table.rows().get(0).get(column)).startsWith("7月停工整顿");
        assertThat(table.title()).isEqualTo("金钥匙服务奖励结算 2026");
        ExportTable english = RewardTexts.of(Locale.ENGLISH).table(2026, List.of(row(List.of(7))));
        assertThat(english.rows().get(0).get(english.headers().indexOf("Suspension for rectification")))
                .startsWith("Suspended for rectification in July");
    }
}
