package com.aftersales.crm.provider.control;

import com.aftersales.crm.shared.InvalidInput;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 上岗证年审: total = work evaluation × its weight + theory exam × its weight (policies: 70% and 30%); the certificate
 * passes at the pass score (60) and the review fee is waived at the waiver score (90). Scores are 0–100.
 */
public final class ReviewScore {

    public record Result(BigDecimal total, boolean passed, boolean feeWaived) {
    }

    public static Result of(BigDecimal work, BigDecimal exam, int workWeightPercent, int examWeightPercent,
                            int passScore, int waiverScore) {
        check(work, "workScore");
        check(exam, "examScore");
        if (workWeightPercent + examWeightPercent != 100) {
            throw new InvalidInput("workScore", "technician.review.error.weights");
        }
        BigDecimal total = work.multiply(BigDecimal.valueOf(workWeightPercent))
                .add(exam.multiply(BigDecimal.valueOf(examWeightPercent)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        return new Result(total, total.compareTo(BigDecimal.valueOf(passScore)) >= 0,
                total.compareTo(BigDecimal.valueOf(waiverScore)) >= 0);
    }

    private static void check(BigDecimal score, String field) {
        if (score == null) {
            throw new InvalidInput(field, "validation.required");
        }
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0 || score.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput(field, "technician.review.error.score");
        }
    }

    private ReviewScore() {
    }
}
