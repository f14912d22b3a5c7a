package com.aftersales.crm.returns.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A return request as its detail page shows it: the form, why the rules admitted it (the defect rate against the
 * threshold, or why the threshold did not apply, with the policy versions), and each step of the chain with who
 * decided, when and why.
 */
public record ReturnDetail(long id, long dealerId, String dealerName, String kind, String ground, String remedy,
                           Long customerId, String customerName, Long installationId, Long complaintId, long productId,
                           String productCode, String productSpec, String batchNo, LocalDate shippedOn,
                           int batchQuantity, int defectiveQuantity, int returnQuantity, String defectKind,
                           String stockKind, String reason, BigDecimal defectRate, boolean thresholdApplied,
                           BigDecimal thresholdPercent, long thresholdPolicyId, int maxAgeMonths, long maxAgePolicyId,
                           String thresholdExemption, String warrantyStatus, LocalDate warrantyFreeUntil, String status,
                           Instant filedAt, String filedBy, String regionalBy, Instant regionalAt, Boolean regionalApproved,
                           String regionalReason, String companyBy, Instant companyAt, Boolean companyApproved,
                           String companyReason, String fault, String freightBearer, String inspectedBy,
                           Instant inspectedAt, Boolean goodsMatched, Integer receivedQuantity, String inspectionReason,
                           String lastAction, Instant lastActionAt, String suggestedFault, long version,
                           String rateSource)
        implements Serializable {

    public boolean awaitingRegional() {
        return "AWAITING_REGIONAL".equals(status);
    }

    public boolean awaitingCompany() {
        return "AWAITING_COMPANY".equals(status);
    }

    public boolean awaitingGoods() {
        return "AWAITING_GOODS".equals(status);
    }
}
