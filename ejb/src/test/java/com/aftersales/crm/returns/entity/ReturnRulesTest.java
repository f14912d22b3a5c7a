package com.aftersales.crm.returns.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final BigDecimal THREE = new BigDecimal("3");

    private static ReturnRules.Facts preSale(DefectKind defect, int batch, int defective) {
        return new ReturnRules.Facts(ReturnKind.PRE_SALE, PreSaleGround.INSPECTION_FAILED, defect, StockKind.REGULAR,
                TODAY.minusMonths(2), batch, defective, null);
    }

    private static List<Refusal.Rule> broken(ReturnRules.Facts facts) {
        return ReturnRules.judge(facts, THREE, 12, TODAY).refusals().stream().map(Refusal::rule).toList();
    }

    @Test
    void threePercentIsTheReturnThreshold() {
        assertThat(broken(preSale(DefectKind.CRACKED_SURFACE, 100, 3))).as("exactly 3% is the dealer's to absorb")
                .containsExactly(Refusal.Rule.WITHIN_BATCH_TOLERANCE);
        assertThat(broken(preSale(DefectKind.CRACKED_SURFACE, 100, 4))).isEmpty();
        assertThat(broken(preSale(DefectKind.WARPED, 1000, 31))).as("3.1%").isEmpty();
        assertThat(broken(preSale(DefectKind.WARPED, 1000, 30))).containsExactly(Refusal.Rule.WITHIN_BATCH_TOLERANCE);
        assertThat(broken(preSale(DefectKind.OTHER_BEYOND_STANDARD, 10_000_000, 300_001))).as("3.00001%, no rounding")
                .isEmpty();
        assertThat(broken(preSale(DefectKind.CRACKED_SURFACE, 100, 0))).containsExactly(Refusal.Rule.WITHIN_BATCH_TOLERANCE);
    }

    @Test
    void theThresholdIsThePolicysValueNotAConstant() {
        assertThat(ReturnRules.judge(preSale(DefectKind.CRACKED_SURFACE, 100, 4), new BigDecimal("5"), 12, TODAY).returnable())
                .isFalse();
        assertThat(ReturnRules.judge(preSale(DefectKind.CRACKED_SURFACE, 100, 3), new BigDecimal("2.5"), 12, TODAY).returnable())
                .isTrue();
    }

    @Test
    void theRefusalQuotesTheRateAndTheThreshold() {
        Refusal refusal = ReturnRules.judge(preSale(DefectKind.CRACKED_SURFACE, 300, 7), THREE, 12, TODAY).refusals().get(0);
        assertThat(refusal.field()).isEqualTo("defectiveQuantity");
        assertThat(refusal.arguments()).containsExactly("2.33", "3");
        assertThat(refusal.messageKey()).isEqualTo("returns.refused.WITHIN_BATCH_TOLERANCE");
    }

    @Test
    void wrongOrMixedGoodsAndARecallAreReturnableWhateverTheRate() {
        ReturnRules.Verdict mixed = ReturnRules.judge(preSale(DefectKind.MIXED_OR_WRONG_GOODS, 100, 1), THREE, 12, TODAY);
        ReturnRules.Verdict wrong = ReturnRules.judge(new ReturnRules.Facts(ReturnKind.PRE_SALE, PreSaleGround.WRONG_GOODS,
                DefectKind.MIXED_OR_WRONG_GOODS, StockKind.REGULAR, TODAY, 100, 2, null), THREE, 12, TODAY);
        ReturnRules.Verdict recall = ReturnRules.judge(new ReturnRules.Facts(ReturnKind.PRE_SALE, PreSaleGround.RECALL, null,
                StockKind.REGULAR, TODAY, 100, 0, null), THREE, 12, TODAY);

        assertThat(mixed.returnable()).isTrue();
        assertThat(mixed.exemption()).isEqualTo(ReturnRules.ThresholdExemption.WRONG_GOODS);
        assertThat(wrong.returnable()).isTrue();
        assertThat(recall.returnable()).isTrue();
        assertThat(recall.exemption()).isEqualTo(ReturnRules.ThresholdExemption.RECALL);
        assertThat(recall.thresholdApplied()).isFalse();
    }

    @Test
    void aShipmentOlderThanAYearIsRefused() {
        ReturnRules.Facts old = new ReturnRules.Facts(ReturnKind.PRE_SALE, PreSaleGround.INSPECTION_FAILED,
                DefectKind.CRACKED_SURFACE, StockKind.REGULAR, TODAY.minusYears(1).minusDays(1), 100, 10, null);
        ReturnRules.Facts aYear = new ReturnRules.Facts(ReturnKind.PRE_SALE, PreSaleGround.INSPECTION_FAILED,
                DefectKind.CRACKED_SURFACE, StockKind.REGULAR, TODAY.minusYears(1), 100, 10, null);

        assertThat(broken(old)).containsExactly(Refusal.Rule.SHIPMENT_TOO_OLD);
        assertThat(broken(aYear)).as("exactly a year is not more than a year").isEmpty();
        assertThat(ReturnRules.judge(aYear, THREE, 6, TODAY).refusals()).extracting(Refusal::arguments)
                .containsExactly(List.of("6", TODAY.minusYears(1).toString()));
    }

    @Test
    void samplesAndLeftoversAreNeverReturnable() {
        for (StockKind stock : new StockKind[]{StockKind.SAMPLE, StockKind.LEFTOVER}) {
            ReturnRules.Facts facts = new ReturnRules.Facts(ReturnKind.PRE_SALE, PreSaleGround.WRONG_GOODS,
                    DefectKind.MIXED_OR_WRONG_GOODS, stock, TODAY, 10, 10, null);
            assertThat(broken(facts)).as(stock.name()).containsExactly(Refusal.Rule.SAMPLE_OR_LEFTOVER);
        }
    }

    @Test
    void theBatchThresholdDoesNotApplyToInstalledGoodsButTheWarrantyDoes() {
        WarrantyFacts free = new WarrantyFacts("FREE", TODAY.plusMonths(5), List.of());
        ReturnRules.Facts installed = new ReturnRules.Facts(ReturnKind.AFTER_SALE, null, DefectKind.WARPED,
                StockKind.REGULAR, TODAY.minusMonths(8), 60, 1, free);

        ReturnRules.Verdict verdict = ReturnRules.judge(installed, THREE, 12, TODAY);

        assertThat(verdict.returnable()).isTrue();
        assertThat(verdict.exemption()).isEqualTo(ReturnRules.ThresholdExemption.AFTER_SALE);
    }

    @Test
    void installedGoodsUnderAWarrantyExclusionOrPastTheFreePeriodAreNotReturnable() {
        WarrantyFacts noCard = new WarrantyFacts("EXCLUDED", TODAY.plusMonths(5), List.of("NO_WARRANTY_CARD", "IMPROPER_USE"));
        WarrantyFacts paid = new WarrantyFacts("PAID", TODAY.minusDays(1), List.of());

        Refusal excluded = ReturnRules.judge(new ReturnRules.Facts(ReturnKind.AFTER_SALE, null, DefectKind.WARPED,
                StockKind.REGULAR, TODAY.minusMonths(8), 60, 10, noCard), THREE, 12, TODAY).refusals().get(0);
        Refusal expired = ReturnRules.judge(new ReturnRules.Facts(ReturnKind.AFTER_SALE, null, DefectKind.WARPED,
                StockKind.REGULAR, TODAY.minusMonths(8), 60, 10, paid), THREE, 12, TODAY).refusals().get(0);

        assertThat(excluded.rule()).isEqualTo(Refusal.Rule.WARRANTY_EXCLUSION);
        assertThat(excluded.arguments()).containsExactly("NO_WARRANTY_CARD", "IMPROPER_USE");
        assertThat(expired.rule()).isEqualTo(Refusal.Rule.WARRANTY_EXPIRED);
        assertThat(expired.field()).isEqualTo("installationId");
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        ReturnRules.Facts hopeless = new ReturnRules.Facts(ReturnKind.PRE_SALE, PreSaleGround.INSPECTION_FAILED,
                DefectKind.CRACKED_SURFACE, StockKind.LEFTOVER, TODAY.minusYears(2), 100, 1, null);

        assertThat(broken(hopeless)).containsExactly(Refusal.Rule.SAMPLE_OR_LEFTOVER, Refusal.Rule.SHIPMENT_TOO_OLD,
                Refusal.Rule.WITHIN_BATCH_TOLERANCE);
    }

    @Test
    void theDefectRateIsKeptToFourDecimals() {
        assertThat(ReturnRules.defectRate(1, 3)).isEqualByComparingTo("33.3333");
        assertThat(ReturnRules.defectRate(3, 100)).isEqualByComparingTo("3");
    }
}
