package com.aftersales.crm.quality.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The items of the quality complaint form that the filer writes (产品质量投诉表): the product and how it was installed,
 * the problem, the proposed handling and the regional manager's opinion. Any of them may still be empty in a draft.
 *
 * @param installationMethod one of {@link QualityComplaint#INSTALLATION_METHODS}
 * @param batchNo            the product's production batch (批号) when known, as the filer typed it
 */
public record ComplaintForm(Long installationId, Long productId, BigDecimal quantityM2, BigDecimal unitPrice,
                            String installationMethod, LocalDate installedOn, LocalDate movedInOn,
                            LocalDate problemFoundOn, String phenomenon, BigDecimal affectedM2, String causeAnalysis,
                            String proposedHandling, String regionalOpinion, String batchNo) {

    /** A form without a batch. */
    public ComplaintForm(Long installationId, Long productId, BigDecimal quantityM2, BigDecimal unitPrice,
                         String installationMethod, LocalDate installedOn, LocalDate movedInOn,
                         LocalDate problemFoundOn, String phenomenon, BigDecimal affectedM2, String causeAnalysis,
                         String proposedHandling, String regionalOpinion) {
        this(installationId, productId, quantityM2, unitPrice, installationMethod, installedOn, movedInOn,
                problemFoundOn, phenomenon, affectedM2, causeAnalysis, proposedHandling, regionalOpinion, null);
    }
}
