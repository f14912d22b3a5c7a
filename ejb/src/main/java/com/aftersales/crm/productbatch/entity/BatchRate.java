package com.aftersales.crm.productbatch.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A batch's defect rate: the m² affected by the quality complaints that name the batch, over the m² of the batch
 * installed (the installation lines that name it), in percent. Compared exactly ({@code affected × 100 > threshold ×
 * installed}): no rounding lets 3.004% pass as 3%. Nothing installed: no rate (the batch crosses by its complaints
 * only).
 */
public final class BatchRate {

    /** affected / installed × 100 to two decimals (for showing; the decision does not round); null when none installed. */
    public static BigDecimal percent(BigDecimal affectedM2, BigDecimal installedM2) {
        if (installedM2 == null || installedM2.signum() <= 0) {
            return null;
        }
        return affectedM2.multiply(BigDecimal.valueOf(100)).divide(installedM2, 2, RoundingMode.HALF_UP);
    }

    /** Strictly above the threshold: "超过3%". Nothing installed is never above. */
    public static boolean above(BigDecimal affectedM2, BigDecimal installedM2, BigDecimal thresholdPercent) {
        if (installedM2 == null || installedM2.signum() <= 0) {
            return false;
        }
        return affectedM2.multiply(BigDecimal.valueOf(100)).compareTo(thresholdPercent.multiply(installedM2)) > 0;
    }

    private BatchRate() {
    }
}
