package com.aftersales.crm.assessment.entity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 月度考核得分: the base (100) less the month's deductions plus its merits, never below 0; the score that counts for
 * the reward is 0 when it is at or below the threshold (manual: "若某月得分低于85分（含），则按0分计算").
 *
 * @param deductions points taken off, as a positive number
 * @param merits     points added
 */
public record MonthlyScore(BigDecimal base, BigDecimal deductions, BigDecimal merits, BigDecimal threshold) {

    public MonthlyScore {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(threshold, "threshold");
        deductions = deductions == null ? BigDecimal.ZERO : deductions;
        merits = merits == null ? BigDecimal.ZERO : merits;
        if (deductions.signum() < 0 || merits.signum() < 0) {
            throw new IllegalArgumentException("deductions and merits are counted as positive numbers");
        }
    }

    public BigDecimal score() {
        return base.subtract(deductions).add(merits).max(BigDecimal.ZERO);
    }

    public BigDecimal counted() {
        return counted(score(), threshold);
    }

    /** The rule alone (the SQL that totals a month applies the same): at or below the threshold counts as 0. */
    public static BigDecimal counted(BigDecimal score, BigDecimal threshold) {
        return score.compareTo(threshold) <= 0 ? BigDecimal.ZERO : score;
    }
}
