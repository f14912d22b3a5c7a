package com.aftersales.crm.policy.boundary;

import com.aftersales.crm.policy.entity.PolicyValue;
import com.aftersales.crm.shared.CaseType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A new version of a policy as the administrator writes it. The effective moment is China time, as people say it;
 * empty means now.
 */
public class PolicyDraft implements Serializable {

    @NotBlank
    @Size(max = 60)
    private String key;

    @Size(max = 40)
    private String brand;

    @Size(max = 40)
    private String productLine;

    /** Empty: every case type. */
    private CaseType caseType;

    @NotBlank
    @Size(max = 40)
    private String value;

    @NotNull
    private PolicyValue.Unit unit;

    private LocalDateTime effectiveFrom;

    @Size(max = 300)
    private String note;

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String brand) {
        this.brand = brand;
    }

    public CaseType getCaseType() {
        return caseType;
    }

    public void setCaseType(CaseType caseType) {
        this.caseType = caseType;
    }

    public String getProductLine() {
        return productLine;
    }

    public void setProductLine(String productLine) {
        this.productLine = productLine;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public PolicyValue.Unit getUnit() {
        return unit;
    }

    public void setUnit(PolicyValue.Unit unit) {
        this.unit = unit;
    }

    public LocalDateTime getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDateTime effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
