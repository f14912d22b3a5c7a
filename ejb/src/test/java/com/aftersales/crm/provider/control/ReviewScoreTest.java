package com.aftersales.crm.provider.control;

import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewScoreTest {

    private static ReviewScore.Result review(String work, String exam) {
        return ReviewScore.of(new BigDecimal(work), new BigDecimal(exam), 70, 30, 60, 90);
    }

    @Test
    void theTotalIsSeventyPercentWorkAndThirtyPercentExam() {
        assertThat(review("80", "50").total()).isEqualByComparingTo("71.00");
        assertThat(review("100", "0").total()).isEqualByComparingTo("70.00");
        assertThat(review("0", "100").total()).isEqualByComparingTo("30.00");
    }

    @Test
    void sixtyPassesAndBelowFails() {
        assertThat(review("60", "60").passed()).isTrue();
        assertThat(review("60", "59.97").total()).isEqualByComparingTo("59.99");
        assertThat(review("60", "59.97").passed()).isFalse();
        assertThat(review("70", "40").passed()).as("70 × 0.7 + 40 × 0.3 = 61").isTrue();
    }

    @Test
    void ninetyOrMoreWaivesTheFee() {
        assertThat(review("90", "90").feeWaived()).isTrue();
        assertThat(review("95", "78").total()).isEqualByComparingTo("89.90");
        assertThat(review("95", "78").feeWaived()).isFalse();
        assertThat(review("95", "78").passed()).isTrue();
    }

    @Test
    void scoresAreZeroToHundredAndTheWeightsMakeAWhole() {
        assertThatThrownBy(() -> review("101", "50"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("workScore"));
        assertThatThrownBy(() -> review("80", "-1"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("examScore"));
        assertThatThrownBy(() -> ReviewScore.of(BigDecimal.TEN, BigDecimal.TEN, 70, 20, 60, 90))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("technician.review.error.weights"));
    }
}
