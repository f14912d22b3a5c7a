package com.aftersales.crm.quality.entity;

import com.aftersales.crm.shared.BatchNo;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import lombok.Getter;

/**
 * 产品质量投诉表: a dealer's (or the service department's) report of a product quality problem at a customer's, with
 * photos and the purchase proof, answered by the company within the policy's hours (manual: 24 h). A draft may be
 * saved with items missing; it is submitted only when every item is there ({@link #missingItems}). The answer clock
 * and the photo count come from the policy versions in force at submission, which the form keeps.
 */
@Getter
@Entity
public class QualityComplaint {

    /**
     * The installation method codes, the same as the installation archive's ({@code shared.InstallationMethod};
     * a unit test keeps the two lists equal — this entity may not depend on another area's).
     */
    public static final Set<String> INSTALLATION_METHODS = Set.of("FLOATING", "JOIST", "GLUE_DOWN", "OTHER");

    private static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long dealerId;

    private long customerId;

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

    /** 批号: optional, for grouping defects by product batch. */
    private String batchNo;

    private String causeAnalysis;

    private String proposedHandling;

    private String regionalOpinion;

    private ComplaintStatus status;

    private Instant submittedAt;

    private String submittedBy;

    private Instant answerDue;

    private Long answerPolicyId;

    private Integer minPhotos;

    private Long minPhotosPolicyId;

    private String decidedHandling;

    private String answerReason;

    private Instant answeredAt;

    private String answeredBy;

    @Column(updatable = false)
    private Instant createdAt;

    @Column(updatable = false)
    private String createdBy;

    private ComplaintAction lastAction;

    private Instant lastActionAt;

    @Version
    private long version;

    protected QualityComplaint() {
    }

    /** A new draft about a customer, answerable by the customer's dealer (null when the customer has none). */
    public QualityComplaint(long customerId, Long dealerId, Instant now, String by) {
        this.customerId = customerId;
        this.dealerId = dealerId;
        this.status = ComplaintStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now);
        this.createdBy = Objects.requireNonNull(by);
        touch(ComplaintAction.CREATED, now);
    }

    /**
     * Writes the form's items. Only a draft changes; what is filled in must make sense (no date in the future, the
     * move-in not before the installation, no more affected than bought), what is empty stays empty until submission.
     */
    public void fill(ComplaintForm form, LocalDate today, Instant now) {
        requireDraft(ComplaintAction.UPDATED);
        if (form.installationMethod() != null && !INSTALLATION_METHODS.contains(form.installationMethod())) {
            throw new InvalidInput("installationMethod", "quality.error.method");
        }
        positive(form.quantityM2(), "quantityM2");
        positive(form.affectedM2(), "affectedM2");
        if (form.unitPrice() != null && form.unitPrice().signum() < 0) {
            throw new InvalidInput("unitPrice", "quality.error.negative");
        }
        notFuture(form.installedOn(), "installedOn", today);
        notFuture(form.movedInOn(), "movedInOn", today);
        notFuture(form.problemFoundOn(), "problemFoundOn", today);
        if (form.installedOn() != null && form.movedInOn() != null && form.movedInOn().isBefore(form.installedOn())) {
            throw new InvalidInput("movedInOn", "quality.error.movedInBeforeInstalled");
        }
        if (form.quantityM2() != null && form.affectedM2() != null && form.affectedM2().compareTo(form.quantityM2()) > 0) {
            throw new InvalidInput("affectedM2", "quality.error.affectedMoreThanBought");
        }
        String batch = BatchNo.normalise(form.batchNo(), "batchNo");
        this.installationId = form.installationId();
        this.productId = form.productId();
        this.batchNo = batch;
        this.quantityM2 = form.quantityM2();
        this.unitPrice = form.unitPrice();
        this.installationMethod = form.installationMethod();
        this.installedOn = form.installedOn();
        this.movedInOn = form.movedInOn();
        this.problemFoundOn = form.problemFoundOn();
        this.phenomenon = text(form.phenomenon(), "phenomenon");
        this.affectedM2 = form.affectedM2();
        this.causeAnalysis = text(form.causeAnalysis(), "causeAnalysis");
        this.proposedHandling = text(form.proposedHandling(), "proposedHandling");
        this.regionalOpinion = text(form.regionalOpinion(), "regionalOpinion");
        touch(ComplaintAction.UPDATED, now);
    }

    /**
     * Every item the form still lacks, in the form's order: the product, quantity and price, the installation method
     * and date, the move-in date; when the problem appeared, its phenomenon, the quantity affected, the cause analysis;
     * at least {@code minPhotos} photos among them an overall view and a close-up; the purchase proof; the proposed
     * handling; the regional manager's opinion.
     */
    public List<String> missingItems(Attachments files, int minPhotos) {
        List<String> missing = new ArrayList<>();
        require(missing, productId, "productId");
        require(missing, quantityM2, "quantityM2");
        require(missing, unitPrice, "unitPrice");
        require(missing, installationMethod, "installationMethod");
        require(missing, installedOn, "installedOn");
        require(missing, movedInOn, "movedInOn");
        require(missing, problemFoundOn, "problemFoundOn");
        require(missing, phenomenon, "phenomenon");
        require(missing, affectedM2, "affectedM2");
        require(missing, causeAnalysis, "causeAnalysis");
        if (files.photos() < minPhotos) {
            missing.add("photos");
        }
        if (files.overallPhotos() == 0) {
            missing.add("photosOverall");
        }
        if (files.closeUpPhotos() == 0) {
            missing.add("photosCloseUp");
        }
        if (files.purchaseProofs() == 0) {
            missing.add("purchaseProof");
        }
        require(missing, proposedHandling, "proposedHandling");
        require(missing, regionalOpinion, "regionalOpinion");
        return missing;
    }

    /**
     * Sends the form to the company. Refused, naming every missing item, unless the form is complete; the answer is
     * then due {@code answerDue}, both numbers kept with the policy versions they came from.
     */
    public void submit(Attachments files, int minPhotos, long minPhotosPolicyId, Instant answerDue, long answerPolicyId,
                       Instant now, String by) {
        requireDraft(ComplaintAction.SUBMITTED);
        List<String> missing = missingItems(files, minPhotos);
        if (!missing.isEmpty()) {
            throw new IncompleteForm(missing, minPhotos);
        }
        this.status = ComplaintStatus.SUBMITTED;
        this.submittedAt = now;
        this.submittedBy = by;
        this.minPhotos = minPhotos;
        this.minPhotosPolicyId = minPhotosPolicyId;
        this.answerDue = answerDue;
        this.answerPolicyId = answerPolicyId;
        touch(ComplaintAction.SUBMITTED, now);
    }

    /** The company's answer (处理批复): the handling decided and why. */
    public void answer(String handling, String reason, Instant now, String by) {
        if (status != ComplaintStatus.SUBMITTED) {
            throw new IllegalTransition("complaint", status, ComplaintAction.ANSWERED);
        }
        if (handling == null || handling.isBlank()) {
            throw new InvalidInput("decidedHandling", "validation.required");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("answerReason", "validation.required");
        }
        this.decidedHandling = text(handling, "decidedHandling");
        this.answerReason = text(reason, "answerReason");
        this.answeredAt = now;
        this.answeredBy = by;
        this.status = ComplaintStatus.ANSWERED;
        touch(ComplaintAction.ANSWERED, now);
    }

    /** Files are added to or taken off a draft only: what was submitted is what the company answers. */
    public void fileChanged(ComplaintAction action, Instant now) {
        requireDraft(action);
        touch(action, now);
    }

    public AnswerBadge badge(Instant now) {
        return AnswerBadge.of(status, answerDue, answeredAt, now);
    }

    private void requireDraft(ComplaintAction action) {
        if (status != ComplaintStatus.DRAFT) {
            throw new IllegalTransition("complaint", status, action);
        }
    }

    private void touch(ComplaintAction action, Instant now) {
        this.lastAction = action;
        this.lastActionAt = now;
    }

    private static void require(List<String> missing, Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            missing.add(field);
        }
    }

    private static void positive(BigDecimal value, String field) {
        if (value != null && value.signum() <= 0) {
            throw new InvalidInput(field, "quality.error.positive");
        }
    }

    private static void notFuture(LocalDate date, String field, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new InvalidInput(field, "quality.error.future");
        }
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.trim().length() > TEXT_MAX) {
            throw new InvalidInput(field, "quality.error.tooLong");
        }
        return value.trim();
    }
}
