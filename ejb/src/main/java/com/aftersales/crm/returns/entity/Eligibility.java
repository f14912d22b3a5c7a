package com.aftersales.crm.returns.entity;

import java.math.BigDecimal;

/** The policy versions the rules were judged with, kept on the request so that its admission stays explainable. */
public record Eligibility(BigDecimal thresholdPercent, long thresholdPolicyId, int maxAgeMonths, long maxAgePolicyId) {
}
