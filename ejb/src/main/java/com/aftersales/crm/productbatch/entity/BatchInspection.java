package com.aftersales.crm.productbatch.entity;

import com.aftersales.crm.shared.InvalidInput;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** A batch's incoming inspection as the service department recorded it: m² inspected and m² found defective. */
public record BatchInspection(long productId, String productCode, String batchNo, BigDecimal inspectedM2,
                              BigDecimal defectiveM2, String inspectedBy, Instant inspectedAt) implements Serializable {

    /** defective / inspected in percent, four decimals (as a return request keeps its rate). */
    public BigDecimal ratePercent() {
        return defectiveM2.multiply(BigDecimal.valueOf(100)).divide(inspectedM2, 4, RoundingMode.HALF_UP);
    }

    /** What may be recorded: something inspected, no more defective than inspected, nothing negative. */
    public static void validate(BigDecimal inspectedM2, BigDecimal defectiveM2) {
        if (inspectedM2 == null) {
            throw new InvalidInput("inspectedM2", "validation.required");
        }
        if (inspectedM2.signum() <= 0) {
            throw new InvalidInput("inspectedM2", "batch.error.positive");
        }
        if (defectiveM2 == null) {
            throw new InvalidInput("defectiveM2", "validation.required");
        }
        if (defectiveM2.signum() < 0) {
            throw new InvalidInput("defectiveM2", "batch.error.negative");
        }
        if (defectiveM2.compareTo(inspectedM2) > 0) {
            throw new InvalidInput("defectiveM2", "batch.error.defectiveOverInspected");
        }
    }
}
