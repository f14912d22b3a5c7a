package com.aftersales.crm.installation.boundary;

import com.aftersales.crm.shared.InstallationMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An installation archive as the agent (or the REST API) enters it. */
public class InstallationDraft implements Serializable {

    /** One product line of the draft. */
    public static class Line implements Serializable {
        @NotNull
        private Long productId;
        /** The columns are numeric(10, 2): at most 99,999,999.99, more would overflow in the database. */
        @NotNull
        @Positive
        @Digits(integer = 8, fraction = 2)
        private BigDecimal quantityM2;
        @NotNull
        @PositiveOrZero
        @Digits(integer = 8, fraction = 2)
        private BigDecimal unitPrice;

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
    }

    private Long dealerId;

    private Long providerId;

    private Set<Long> technicianIds = new HashSet<>();

    @NotNull
    private InstallationMethod method;

    @NotNull
    @PastOrPresent
    private LocalDate installedOn;

    private LocalDate acceptedOn;

    private LocalDate movedInOn;

    @Size(max = 30)
    private String warrantyCardNo;

    @NotEmpty
    private List<@Valid Line> lines = new ArrayList<>();

    public Long getDealerId() {
        return dealerId;
    }

    public void setDealerId(Long dealerId) {
        this.dealerId = dealerId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public Set<Long> getTechnicianIds() {
        return technicianIds;
    }

    public void setTechnicianIds(Set<Long> technicianIds) {
        this.technicianIds = technicianIds == null ? new HashSet<>() : new HashSet<>(technicianIds);
    }

    public InstallationMethod getMethod() {
        return method;
    }

    public void setMethod(InstallationMethod method) {
        this.method = method;
    }

    public LocalDate getInstalledOn() {
        return installedOn;
    }

    public void setInstalledOn(LocalDate installedOn) {
        this.installedOn = installedOn;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public void setAcceptedOn(LocalDate acceptedOn) {
        this.acceptedOn = acceptedOn;
    }

    public LocalDate getMovedInOn() {
        return movedInOn;
    }

    public void setMovedInOn(LocalDate movedInOn) {
        this.movedInOn = movedInOn;
    }

    public String getWarrantyCardNo() {
        return warrantyCardNo;
    }

    public void setWarrantyCardNo(String warrantyCardNo) {
        this.warrantyCardNo = warrantyCardNo;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines == null ? new ArrayList<>() : new ArrayList<>(lines);
    }
}
