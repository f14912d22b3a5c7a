package com.aftersales.crm.policy.boundary;

import com.aftersales.crm.policy.entity.PolicyValue;
import com.aftersales.crm.shared.CaseType;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One policy version as the other areas use it (and quote it, to explain a result). */
public record PolicyVersion(long id, String key, String brand, String productLine, CaseType caseType, String value, String unit,
                            Instant effectiveFrom) implements Serializable {

    static PolicyVersion of(PolicyValue value) {
        return new PolicyVersion(value.getId(), value.getKey(), value.getBrand(), value.getProductLine(), value.getCaseType(), value.getValue(),
                value.getUnit().name(), value.getEffectiveFrom());
    }

    public int asInt() {
        return new BigDecimal(value).intValueExact();
    }

    public LocalDate asDate() {
        return LocalDate.parse(value);
    }
}
