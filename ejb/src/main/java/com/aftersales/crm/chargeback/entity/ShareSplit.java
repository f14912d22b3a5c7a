package com.aftersales.crm.chargeback.entity;

import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The two rules of a split judgement (责任分摊):
 * <ul>
 * <li>the shares are percentages with at most two decimals, each above 0, and they add up to exactly 100.00 — not
 * 99.99, not 100.01;</li>
 * <li>a cost is split to the fen by the <b>largest remainder</b>: each share first gets its exact part rounded down
 * to the fen, then the fen left over go one each to the shares whose cut-off remainder was largest (a tie goes to
 * the share entered first), so the parts always add up exactly to the cost. 100.01 split 33.33 / 33.33 / 33.34 is
 * 33.33 / 33.33 / 33.35.</li>
 * </ul>
 */
public final class ShareSplit {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Refuses shares that are not positive, have more than two decimals or do not add up to exactly 100. */
    public static void requireWhole(List<BigDecimal> percents) {
        if (percents == null || percents.isEmpty()) {
            throw new InvalidInput("shares", "validation.required");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal percent : percents) {
            if (percent == null) {
                throw new InvalidInput("shares", "chargeback.error.shareMissing");
            }
            if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
                throw new InvalidInput("shares", "chargeback.error.shareRange");
            }
            if (percent.stripTrailingZeros().scale() > 2) {
                throw new InvalidInput("shares", "chargeback.error.shareDecimals");
            }
            sum = sum.add(percent);
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw new InvalidInput("shares", "chargeback.error.shareSum", sum.setScale(2).toPlainString());
        }
    }

    /** The cost split by the shares (which must be whole), to the fen, by the largest remainder; same order. */
    public static List<Money> split(Money cost, List<BigDecimal> percents) {
        requireWhole(percents);
        long fen = cost.amount().movePointRight(2).longValueExact();
        int n = percents.size();
        long[] parts = new long[n];
        long[] remainders = new long[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            // percent in hundredths of a percent: the exact part is fen × hundredths ÷ 10,000
            long hundredths = percents.get(i).movePointRight(2).longValueExact();
            long exact = Math.multiplyExact(fen, hundredths);
            parts[i] = exact / 10_000;
            remainders[i] = exact % 10_000;
            given += parts[i];
        }
        long left = fen - given;
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        order.sort(Comparator.comparingLong((Integer i) -> remainders[i]).reversed().thenComparingInt(i -> i));
        for (int k = 0; k < left; k++) {
            parts[order.get(k)]++;
        }
        List<Money> result = new ArrayList<>(n);
        for (long part : parts) {
            result.add(Money.of(BigDecimal.valueOf(part, 2)));
        }
        return result;
    }

    private ShareSplit() {
    }
}
