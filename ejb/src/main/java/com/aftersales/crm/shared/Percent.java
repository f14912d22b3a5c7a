package com.aftersales.crm.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share in percent as the portal shows it everywhere: one decimal, rounded half up (4 of 6 = 66.7 %, never the
 * truncated 66.6 %). No denominator, no figure (null) rather than a misleading 0 %.
 */
public final class Percent {

    public static BigDecimal of(long hits, long total) {
        return total <= 0 ? null : BigDecimal.valueOf(hits).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    /** A percentage already computed to the same one decimal, half up. */
    public static BigDecimal rounded(Number percent) {
        return rounded(percent, 1);
    }

    /** A percentage already computed to {@code decimals} places, half up (a defect rate shows two). */
    public static BigDecimal rounded(Number percent, int decimals) {
        return percent == null ? null : new BigDecimal(percent.toString()).setScale(decimals, RoundingMode.HALF_UP);
    }

    private Percent() {
    }
}
