package com.aftersales.crm.assessment.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * 季度奖励系数: the average of the quarter's monthly scores as they count (a month at or below 85 counts as 0, and that
 * 0 is in the average), mapped through the coefficient table. Months not assessed (before the agreement) are left out;
 * a quarter with no assessed month has coefficient 0.
 */
public record QuarterlyCoefficient(int quarter, int monthsAssessed, BigDecimal average, Grade grade,
                                   BigDecimal coefficient) implements java.io.Serializable {

    public static QuarterlyCoefficient of(int quarter, List<BigDecimal> countedScores, CoefficientTable table) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        if (countedScores.isEmpty()) {
            return new QuarterlyCoefficient(quarter, 0, BigDecimal.ZERO.setScale(2), Grade.NONE, BigDecimal.ZERO);
        }
        BigDecimal sum = countedScores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal average = sum.divide(BigDecimal.valueOf(countedScores.size()), 2, RoundingMode.HALF_UP);
        // The band is chosen on the exact average (86 + 86 + 84.99… must not round up into a band).
        BigDecimal exact = sum.divide(BigDecimal.valueOf(countedScores.size()), 10, RoundingMode.DOWN);
        return new QuarterlyCoefficient(quarter, countedScores.size(), average, table.gradeFor(exact),
                table.coefficientFor(exact));
    }
}
