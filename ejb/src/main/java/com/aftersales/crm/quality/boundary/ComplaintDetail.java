package com.aftersales.crm.quality.boundary;

import com.aftersales.crm.quality.entity.AnswerBadge;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quality complaint form as its detail page shows it: every item, the files, where it stands, the answer and the
 * policy versions its deadline and photo count came from. For a draft, {@code missing} lists what submission would
 * still refuse (with the photo count in force today).
 */
public record ComplaintDetail(long id, long customerId, String customerName, Long dealerId, String dealerName,
                              Long installationId, Long productId, String productCode, String productName,
                              String productCategory, String productSpec, BigDecimal quantityM2, BigDecimal unitPrice,
                              String installationMethod, LocalDate installedOn, LocalDate movedInOn,
                              LocalDate problemFoundOn, String phenomenon, BigDecimal affectedM2, String causeAnalysis,
                              String proposedHandling, String regionalOpinion, String status, Instant createdAt,
                              String createdBy, Instant submittedAt, String submittedBy, Instant answerDue,
                              Long answerPolicyId, String answerPolicyValue, int minPhotos, Long minPhotosPolicyId,
                              String decidedHandling, String answerReason, Instant answeredAt, String answeredBy,
                              String lastAction, Instant lastActionAt, long version, AnswerBadge badge,
                              List<AttachmentInfo> attachments, List<String> missing, String batchNo)
        implements Serializable {

    public boolean draft() {
        return "DRAFT".equals(status);
    }

    public boolean submitted() {
        return "SUBMITTED".equals(status);
    }

    public List<AttachmentInfo> filesOf(String kind) {
        return attachments.stream().filter(a -> a.kind().equals(kind)).toList();
    }
}
