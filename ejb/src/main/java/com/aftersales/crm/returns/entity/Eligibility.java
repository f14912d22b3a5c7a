package com.aftersales.crm.returns.entity;

import java.math.BigDecimal;

/**
 * The policy versions the rules were judged with, kept on the request so that its admission stays explainable; and the
 * batch's recorded incoming inspection (m² inspected and defective) when the request names a batch that has one —
 * the 3% rule of a pre-sale request then takes the batch's rate from it rather than from the form's quantities.
 */
public record Eligibility(BigDecimal thresholdPercent, long thresholdPolicyId, int maxAgeMonths, long maxAgePolicyId,
                          BigDecimal inspectedM2, BigDecimal inspectionDefectiveM2) {

    /** Without a recorded inspection: the form's quantities give the rate. */
    public Eligibility(BigDecimal thresholdPercent, long thresholdPolicyId, int maxAgeMonths, long maxAgePolicyId) {
        this(thresholdPercent, thresholdPolicyId, maxAgeMonths, maxAgePolicyId, null, null);
    }

    public boolean inspected() {
        return inspectedM2 != null && inspectedM2.signum() > 0 && inspectionDefectiveM2 != null;
    }
}
