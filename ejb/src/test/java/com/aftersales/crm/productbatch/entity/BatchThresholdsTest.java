package com.aftersales.crm.productbatch.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class BatchThresholdsTest {

    private static final BatchThresholds MANUAL = new BatchThresholds(3, 1, new BigDecimal("3"), 2, 30, 3);

    private static BatchFigures batch(String installed, int complaints, String affected) {
        return new BatchFigures(1, "BZB-XZMD-910", "橡木", "20261105-A3", new BigDecimal(installed), complaints,
                new BigDecimal(affected), 0, 0, null, null);
    }

    @Test
    void theDefectRateIsAffectedOverInstalledM2InPercent() {
        assertThat(BatchRate.percent(new BigDecimal("12.5"), new BigDecimal("250"))).isEqualByComparingTo("5.00");
        assertThat(BatchRate.percent(new BigDecimal("1"), new BigDecimal("3"))).isEqualByComparingTo("33.33");
        assertThat(BatchRate.percent(BigDecimal.ZERO, new BigDecimal("80"))).isEqualByComparingTo("0");
        assertThat(BatchRate.percent(new BigDecimal("5"), BigDecimal.ZERO)).isNull();
        assertThat(batch("400", 1, "8").ratePercent()).isEqualByComparingTo("2.00");
    }

    @Test
    void exactlyThreePercentIsNotAboveButTheSmallestExcessIs() {
        assertThat(BatchRate.above(new BigDecimal("3"), new BigDecimal("100"), new BigDecimal("3"))).isFalse();
        assertThat(BatchRate.above(new BigDecimal("3.01"), new BigDecimal("100"), new BigDecimal("3"))).isTrue();
        // 3.0004%: shown as 3.00, still above
        assertThat(BatchRate.above(new BigDecimal("30.004"), new BigDecimal("1000"), new BigDecimal("3"))).isTrue();
        assertThat(BatchRate.above(new BigDecimal("9"), BigDecimal.ZERO, new BigDecimal("3"))).isFalse();
    }

    @Test
    void aBatchCrossesByItsComplaintsOrByItsRate() {
        assertThat(MANUAL.crossed(batch("1000", 2, "20"))).isFalse();   // 2 complaints, 2%
        assertThat(MANUAL.crossed(batch("1000", 3, "6"))).isTrue();     // 3 complaints reach the count
        assertThat(MANUAL.crossed(batch("1000", 1, "30"))).isFalse();   // exactly 3%
        assertThat(MANUAL.crossed(batch("1000", 1, "30.5"))).isTrue();  // above 3% with one complaint
        assertThat(MANUAL.crossed(batch("0", 2, "40"))).isFalse();      // nothing installed: the count alone
        assertThat(MANUAL.byComplaints(3)).isTrue();
        assertThat(MANUAL.byComplaints(2)).isFalse();
    }

    @Test
    void anInspectionsRateIsDefectiveOverInspected() {
        BatchInspection inspection = new BatchInspection(1, "BZB", "B1", new BigDecimal("200"), new BigDecimal("7"),
                "supervisor", null);
        assertThat(inspection.ratePercent()).isEqualByComparingTo("3.5");
    }
}
