package com.aftersales.crm.returns.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The 3% pre-sale rule on the batch's recorded incoming inspection, when the request names an inspected batch. */
class ReturnRulesInspectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final BigDecimal THREE = new BigDecimal("3");

    private static ReturnRules.Facts preSale(PreSaleGround ground, int batch, int defective) {
        return new ReturnRules.Facts(ReturnKind.PRE_SALE, ground, DefectKind.CRACKED_SURFACE, StockKind.REGULAR,
                TODAY.minusMonths(2), batch, defective, null);
    }

    @Test
    void theInspectionsRateDecidesInsteadOfTheFormsQuantities() {
        // the form says 2 of 100 (2%), the inspection found 7 m² of 200 m² (3.5%): returnable on the inspection
        ReturnRules.Verdict verdict = ReturnRules.judge(preSale(PreSaleGround.INSPECTION_FAILED, 100, 2), THREE, 12,
                TODAY, new BigDecimal("200"), new BigDecimal("7"));
        assertThat(verdict.returnable()).isTrue();
        assertThat(verdict.rateFromInspection()).isTrue();
        assertThat(verdict.defectRatePercent()).isEqualByComparingTo("3.5");

        // the form says 10 of 100, the inspection 6 m² of 200 m² (exactly 3%): within the tolerance
        ReturnRules.Verdict within = ReturnRules.judge(preSale(PreSaleGround.INSPECTION_FAILED, 100, 10), THREE, 12,
                TODAY, new BigDecimal("200"), new BigDecimal("6"));
        assertThat(within.refusals()).extracting(Refusal::rule).containsExactly(Refusal.Rule.WITHIN_BATCH_TOLERANCE);
        assertThat(within.refusals().get(0).arguments()).containsExactly("3.00", "3");
    }

    @Test
    void withoutAnInspectionOrWithoutAThresholdTheFormsQuantitiesStay() {
        ReturnRules.Verdict form = ReturnRules.judge(preSale(PreSaleGround.INSPECTION_FAILED, 100, 4), THREE, 12, TODAY,
                null, null);
        assertThat(form.rateFromInspection()).isFalse();
        assertThat(form.defectRatePercent()).isEqualByComparingTo("4");

        ReturnRules.Verdict recall = ReturnRules.judge(preSale(PreSaleGround.RECALL, 100, 1), THREE, 12, TODAY,
                new BigDecimal("200"), BigDecimal.ZERO);
        assertThat(recall.returnable()).as("a recall is not judged on any rate").isTrue();
        assertThat(recall.rateFromInspection()).isFalse();
    }
}
