package com.aftersales.crm.quality.boundary;

import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The quality complaint form as the portal edits it. Only the customer is needed to save a draft; everything else is
 * checked when the form is submitted. {@code version} is the one read, so that two people saving the same draft do
 * not overwrite each other.
 */
public class ComplaintDraft implements Serializable {

    @NotNull
    private Long customerId;
    private Long installationId;
    private Long productId;
    private BigDecimal quantityM2;
    private BigDecimal unitPrice;
    private String installationMethod;
    private LocalDate installedOn;
    private LocalDate movedInOn;
    private LocalDate problemFoundOn;
    private String phenomenon;
    private BigDecimal affectedM2;
    private String batchNo;
    private String causeAnalysis;
    private String proposedHandling;
    private String regionalOpinion;
    private long version;

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getInstallationId() {
        return installationId;
    }

    public void setInstallationId(Long installationId) {
        this.installationId = installationId;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public BigDecimal getQuantityM2() {
        return quantityM2;
    }

    public void setQuantityM2(BigDecimal quantityM2) {
        this.quantityM2 = quantityM2;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public String getInstallationMethod() {
        return installationMethod;
    }

    public void setInstallationMethod(String installationMethod) {
        this.installationMethod = installationMethod;
    }

    public LocalDate getInstalledOn() {
        return installedOn;
    }

    public void setInstalledOn(LocalDate installedOn) {
        this.installedOn = installedOn;
    }

    public LocalDate getMovedInOn() {
        return movedInOn;
    }

    public void setMovedInOn(LocalDate movedInOn) {
        this.movedInOn = movedInOn;
    }

    public LocalDate getProblemFoundOn() {
        return problemFoundOn;
    }

    public void setProblemFoundOn(LocalDate problemFoundOn) {
        this.problemFoundOn = problemFoundOn;
    }

    public String getPhenomenon() {
        return phenomenon;
    }

    public void setPhenomenon(String phenomenon) {
        this.phenomenon = phenomenon;
    }

    public String getBatchNo() {
        return batchNo;
    }

    public void setBatchNo(String batchNo) {
        this.batchNo = batchNo;
    }

    public BigDecimal getAffectedM2() {
        return affectedM2;
    }

    public void setAffectedM2(BigDecimal affectedM2) {
        this.affectedM2 = affectedM2;
    }

    public String getCauseAnalysis() {
        return causeAnalysis;
    }

    public void setCauseAnalysis(String causeAnalysis) {
        this.causeAnalysis = causeAnalysis;
    }

    public String getProposedHandling() {
        return proposedHandling;
    }

    public void setProposedHandling(String proposedHandling) {
        this.proposedHandling = proposedHandling;
    }

    public String getRegionalOpinion() {
        return regionalOpinion;
    }

    public void setRegionalOpinion(String regionalOpinion) {
        this.regionalOpinion = regionalOpinion;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
