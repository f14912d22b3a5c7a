package com.aftersales.crm.productbatch.entity;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * When a batch is over threshold (policies {@code batch.alert.complaints}, {@code batch.alert.rate},
 * {@code batch.alert.period}): within the period (the last {@code periodDays} days), at least {@code complaints}
 * submitted quality complaints name it, or its defect rate ({@link BatchRate}) is strictly above {@code ratePercent}.
 */
public record BatchThresholds(int complaints, long complaintsPolicyId, BigDecimal ratePercent, long ratePolicyId,
                              int periodDays, long periodPolicyId) implements Serializable {

    public boolean byComplaints(int complaintCount) {
        return complaintCount >= complaints;
    }

    public boolean byRate(BigDecimal affectedM2, BigDecimal installedM2) {
        return BatchRate.above(affectedM2, installedM2, ratePercent);
    }

    public boolean crossed(BatchFigures figures) {
        return byComplaints(figures.complaints()) || byRate(figures.affectedM2(), figures.installedM2());
    }
}
