package com.aftersales.crm.quality.boundary;

import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;

/**
 * The quality complaint form as the portal edits it. Only the customer is needed to save a draft; everything else is
 * checked when the form is submitted. {@code version} is the one read, so that two people saving the same draft do
 * not overwrite each other.
 */
public class ComplaintDraft implements Serializable {

    @NotNull
    @Getter @Setter private Long customerId;
    @Getter @Setter private Long installationId;
    @Getter @Setter private Long productId;
    @Getter @Setter private BigDecimal quantityM2;
    @Getter @Setter private BigDecimal unitPrice;
    @Getter @Setter private String installationMethod;
    @Getter @Setter private LocalDate installedOn;
    @Getter @Setter private LocalDate movedInOn;
    @Getter @Setter private LocalDate problemFoundOn;
    @Getter @Setter private String phenomenon;
    @Getter @Setter private BigDecimal affectedM2;
    @Getter @Setter private String batchNo;
    @Getter @Setter private String causeAnalysis;
    @Getter @Setter private String proposedHandling;
    @Getter @Setter private String regionalOpinion;
    @Getter @Setter private long version;
}
