package com.aftersales.crm.chargeback.entity;

import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShareSplitTest {

    private static List<BigDecimal> percents(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static List<String> split(String cost, String... shares) {
        return ShareSplit.split(Money.of(cost), percents(shares)).stream().map(Money::toString).toList();
    }

    @Test
    void sharesMustAddUpToExactlyOneHundred() {
        ShareSplit.requireWhole(percents("70", "30"));
        ShareSplit.requireWhole(percents("33.33", "33.33", "33.34"));
        assertThatThrownBy(() -> ShareSplit.requireWhole(percents("33.33", "33.33", "33.33")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("chargeback.error.shareSum");
                    assertThat(e.args()).containsExactly("99.99");
                });
        assertThatThrownBy(() -> ShareSplit.requireWhole(percents("70.01", "30")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("chargeback.error.shareSum"));
    }

    @Test
    void aShareHasAtMostTwoDecimalsAndIsAboveNothing() {
        assertThatThrownBy(() -> ShareSplit.requireWhole(percents("33.333", "66.667")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("chargeback.error.shareDecimals"));
        assertThatThrownBy(() -> ShareSplit.requireWhole(percents("0", "100")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("chargeback.error.shareRange"));
        assertThatThrownBy(() -> ShareSplit.requireWhole(percents("120", "-20")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("chargeback.error.shareRange"));
        assertThatThrownBy(() -> ShareSplit.requireWhole(List.of()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("shares"));
        ShareSplit.requireWhole(percents("70.50", "29.500"));   // trailing zeros are not decimals
    }

    @Test
    void seventyThirtySplitsToTheFen() {
        assertThat(split("1234.56", "70", "30")).containsExactly("864.19", "370.37");
    }

    @Test
    void theFenLeftOverGoesToTheLargestRemainder() {
        // 100.01 = 10,001 fen: exact parts 3333.3333 / 3333.3333 / 3334.3334 fen; one fen left, to the largest remainder
        assertThat(split("100.01", "33.33", "33.33", "33.34")).containsExactly("33.33", "33.33", "33.35");
        // 0.05 = 5 fen: exact parts 1.6665 / 1.6665 / 1.667 — two fen left, to the third and (tie) the first
        assertThat(split("0.05", "33.33", "33.33", "33.34")).containsExactly("0.02", "0.01", "0.02");
        // 100.00: 3333 / 3333 / 3334 exactly, nothing left over
        assertThat(split("100", "33.33", "33.33", "33.34")).containsExactly("33.33", "33.33", "33.34");
    }

    @Test
    void thePartsAlwaysAddUpToTheCost() {
        List<BigDecimal> shares = percents("33.33", "33.33", "33.34");
        for (long fen = 1; fen < 5_000; fen += 7) {
            Money cost = Money.of(BigDecimal.valueOf(fen, 2));
            Money sum = ShareSplit.split(cost, shares).stream().reduce(Money.ZERO, Money::plus);
            assertThat(sum).as("cost %s", cost).isEqualTo(cost);
        }
        assertThat(split("0.01", "50", "50")).containsExactly("0.01", "0.00");   // a tie goes to the first share
        assertThat(split("0", "70", "30")).containsExactly("0.00", "0.00");
    }
}
