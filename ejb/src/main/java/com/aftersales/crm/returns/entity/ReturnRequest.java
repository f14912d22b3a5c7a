package com.aftersales.crm.returns.entity;

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
import java.util.Objects;
import lombok.Getter;

/**
 * 退换货申请 (the manual's 《质量投诉及（售前/售后）处理申请表》): a dealer asks to return or exchange goods. Admitted only
 * when the manual's rules allow it ({@link ReturnRules}; otherwise {@link ReturnRefused} names every rule broken), it
 * then passes an explicit chain — the regional manager's opinion, the company's written approval (by another person,
 * who also finds whose fault it is and so who pays the freight), and logistics' inspection when the goods arrive
 * (goods that do not match the form are refused). Each step approves or rejects with a reason; a step taken out of
 * turn is an {@link IllegalTransition}.
 */
@Getter
@Entity
public class ReturnRequest {

    private static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long dealerId;

    @Column(updatable = false)
    private ReturnKind kind;

    @Column(name = "pre_sale_ground", updatable = false)
    private PreSaleGround ground;

    @Column(updatable = false)
    private Remedy remedy;

    @Column(updatable = false)
    private Long customerId;

    @Column(updatable = false)
    private Long installationId;

    @Column(updatable = false)
    private Long complaintId;

    @Column(updatable = false)
    private long productId;

    @Column(updatable = false)
    private String batchNo;

    @Column(updatable = false)
    private LocalDate shippedOn;

    @Column(updatable = false)
    private int batchQuantity;

    @Column(updatable = false)
    private int defectiveQuantity;

    @Column(updatable = false)
    private int returnQuantity;

    @Column(name = "defect_kind", updatable = false)
    private DefectKind defect;

    @Column(name = "stock_kind", updatable = false)
    private StockKind stock;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private BigDecimal defectRate;

    @Column(updatable = false)
    private boolean thresholdApplied;

    @Column(updatable = false)
    private BigDecimal thresholdPercent;

    @Column(updatable = false)
    private long thresholdPolicyId;

    @Column(updatable = false)
    private int maxAgeMonths;

    @Column(updatable = false)
    private long maxAgePolicyId;

    /** Where the batch's defect rate came from: the form's quantities, or the batch's recorded inspection. */
    @Column(updatable = false)
    private String rateSource = "FORM";

    @Column(updatable = false)
    private ReturnRules.ThresholdExemption thresholdExemption;

    @Column(updatable = false)
    private String warrantyStatus;

    @Column(updatable = false)
    private LocalDate warrantyFreeUntil;

    private ReturnStatus status;

    @Column(updatable = false)
    private Instant filedAt;

    @Column(updatable = false)
    private String filedBy;

    private String regionalBy;

    private Instant regionalAt;

    private Boolean regionalApproved;

    private String regionalReason;

    private String companyBy;

    private Instant companyAt;

    private Boolean companyApproved;

    private String companyReason;

    private Fault fault;

    private FreightBearer freightBearer;

    private String inspectedBy;

    private Instant inspectedAt;

    private Boolean goodsMatched;

    private Integer receivedQuantity;

    private String inspectionReason;

    private ReturnAction lastAction;

    private Instant lastActionAt;

    @Version
    private long version;

    protected ReturnRequest() {
    }

    /**
     * Files a request: the form must be complete and consistent ({@link InvalidInput} on the first field at fault),
     * then the manual's rules must allow the return ({@link ReturnRefused} naming every rule broken).
     *
     * @param warranty the installation's warranty today, for an after-sale request (null for a pre-sale one)
     */
    public static ReturnRequest file(long dealerId, ReturnForm form, WarrantyFacts warranty, Eligibility eligibility,
                                     LocalDate today, Instant now, String by) {
        validate(form, today);
        if (form.kind() == ReturnKind.AFTER_SALE) {
            Objects.requireNonNull(warranty, "an after-sale return is judged with its installation's warranty");
        }
        PreSaleGround ground = form.kind() == ReturnKind.PRE_SALE ? form.ground() : null;
        ReturnRules.Verdict verdict = ReturnRules.judge(new ReturnRules.Facts(form.kind(), ground, form.defect(),
                        form.stock(), form.shippedOn(), form.batchQuantity(), form.defectiveQuantity(),
                        form.kind() == ReturnKind.AFTER_SALE ? warranty : null),
                eligibility.thresholdPercent(), eligibility.maxAgeMonths(), today,
                eligibility.inspected() ? eligibility.inspectedM2() : null,
                eligibility.inspected() ? eligibility.inspectionDefectiveM2() : null);
        if (!verdict.returnable()) {
            throw new ReturnRefused(verdict.refusals());
        }
        return new ReturnRequest(dealerId, form, ground, warranty, eligibility, verdict, now, by);
    }

    private ReturnRequest(long dealerId, ReturnForm form, PreSaleGround ground, WarrantyFacts warranty,
                          Eligibility eligibility, ReturnRules.Verdict verdict, Instant now, String by) {
        this.dealerId = dealerId;
        this.kind = form.kind();
        this.ground = ground;
        this.remedy = form.remedy();
        this.customerId = form.customerId();
        this.installationId = form.installationId();
        this.complaintId = form.complaintId();
        this.productId = form.productId();
        this.batchNo = BatchNo.normalise(form.batchNo(), "batchNo");
        this.shippedOn = form.shippedOn();
        this.batchQuantity = form.batchQuantity();
        this.defectiveQuantity = form.defectiveQuantity();
        this.returnQuantity = form.returnQuantity();
        this.defect = form.defect();
        this.stock = form.stock();
        this.reason = form.reason().trim();
        this.defectRate = verdict.defectRatePercent();
        this.thresholdApplied = verdict.thresholdApplied();
        this.thresholdExemption = verdict.exemption();
        this.rateSource = verdict.rateFromInspection() ? "INSPECTION" : "FORM";
        this.thresholdPercent = eligibility.thresholdPercent();
        this.thresholdPolicyId = eligibility.thresholdPolicyId();
        this.maxAgeMonths = eligibility.maxAgeMonths();
        this.maxAgePolicyId = eligibility.maxAgePolicyId();
        if (kind == ReturnKind.AFTER_SALE) {
            this.warrantyStatus = warranty.status();
            this.warrantyFreeUntil = warranty.freeUntil();
        }
        this.status = ReturnStatus.AWAITING_REGIONAL;
        this.filedAt = Objects.requireNonNull(now);
        this.filedBy = Objects.requireNonNull(by);
        touch(ReturnAction.FILED, now);
    }

    private static void validate(ReturnForm form, LocalDate today) {
        required(form.kind(), "kind");
        if (form.kind() == ReturnKind.PRE_SALE) {
            required(form.ground(), "preSaleGround");
        } else {
            required(form.customerId(), "customerId");
            required(form.installationId(), "installationId");
        }
        required(form.productId(), "productId");
        if (form.batchNo() == null || form.batchNo().isBlank()) {
            throw new InvalidInput("batchNo", "validation.required");
        }
        BatchNo.normalise(form.batchNo(), "batchNo");  // length and form, the same rule as every batch number
        required(form.shippedOn(), "shippedOn");
        if (form.shippedOn().isAfter(today)) {
            throw new InvalidInput("shippedOn", "returns.error.future");
        }
        required(form.batchQuantity(), "batchQuantity");
        if (form.batchQuantity() < 1) {
            throw new InvalidInput("batchQuantity", "returns.error.positive");
        }
        required(form.defectiveQuantity(), "defectiveQuantity");
        if (form.defectiveQuantity() < 0) {
            throw new InvalidInput("defectiveQuantity", "returns.error.negative");
        }
        if (form.defectiveQuantity() > form.batchQuantity()) {
            throw new InvalidInput("defectiveQuantity", "returns.error.moreThanBatch");
        }
        required(form.returnQuantity(), "returnQuantity");
        if (form.returnQuantity() < 1) {
            throw new InvalidInput("returnQuantity", "returns.error.positive");
        }
        if (form.returnQuantity() > form.batchQuantity()) {
            throw new InvalidInput("returnQuantity", "returns.error.moreThanBatch");
        }
        if (form.kind() == ReturnKind.AFTER_SALE || form.ground() != PreSaleGround.RECALL) {
            required(form.defect(), "defectKind");
        }
        required(form.stock(), "stockKind");
        required(form.remedy(), "remedy");
        if (form.reason() == null || form.reason().isBlank()) {
            throw new InvalidInput("reason", "validation.required");
        }
        if (form.reason().trim().length() > REASON_MAX) {
            throw new InvalidInput("reason", "returns.error.tooLong");
        }
    }

    /** 区域经理审核: the regional manager's opinion, for or against, with the reason. */
    public ReturnStatus regionalDecision(boolean approve, String why, String by, Instant now) {
        ReturnAction action = approve ? ReturnAction.REGIONAL_APPROVED : ReturnAction.REGIONAL_REJECTED;
        require(action, ReturnStatus.AWAITING_REGIONAL);
        String text = reason(why);
        this.regionalApproved = approve;
        this.regionalBy = Objects.requireNonNull(by);
        this.regionalAt = now;
        this.regionalReason = text;
        return move(approve ? ReturnStatus.AWAITING_COMPANY : ReturnStatus.REJECTED, action, now);
    }

    /**
     * 公司书面核准: the company's written decision, by another person than the regional opinion's. Approving it finds
     * whose fault the return is, and with it who pays the freight (the maker when it is the maker's fault).
     */
    public ReturnStatus companyDecision(boolean approve, Fault fault, String why, String by, Instant now) {
        ReturnAction action = approve ? ReturnAction.COMPANY_APPROVED : ReturnAction.COMPANY_REJECTED;
        require(action, ReturnStatus.AWAITING_COMPANY);
        if (Objects.requireNonNull(by).equals(regionalBy)) {
            throw new InvalidInput("decision", "returns.error.sameApprover");
        }
        String text = reason(why);
        if (approve && fault == null) {
            throw new InvalidInput("fault", "validation.required");
        }
        this.companyApproved = approve;
        this.companyBy = by;
        this.companyAt = now;
        this.companyReason = text;
        if (approve) {
            this.fault = fault;
            this.freightBearer = fault.freightBearer();
        }
        return move(approve ? ReturnStatus.AWAITING_GOODS : ReturnStatus.REJECTED, action, now);
    }

    /**
     * 进仓验收: logistics inspects the goods on arrival. Goods that do not match the form are refused (the returning
     * party bears the loss); they cannot be recorded as matching when fewer or more arrived than the form says.
     */
    public ReturnStatus inspectArrival(boolean matchesForm, Integer received, String why, String by, Instant now) {
        ReturnAction action = matchesForm ? ReturnAction.GOODS_ACCEPTED : ReturnAction.GOODS_REFUSED;
        require(action, ReturnStatus.AWAITING_GOODS);
        if (received == null) {
            throw new InvalidInput("receivedQuantity", "validation.required");
        }
        if (received < 0) {
            throw new InvalidInput("receivedQuantity", "returns.error.negative");
        }
        if (matchesForm && received != returnQuantity) {
            throw new InvalidInput("receivedQuantity", "returns.error.quantityMismatch");
        }
        String text = reason(why);
        this.goodsMatched = matchesForm;
        this.receivedQuantity = received;
        this.inspectedBy = Objects.requireNonNull(by);
        this.inspectedAt = now;
        this.inspectionReason = text;
        return move(matchesForm ? ReturnStatus.RECEIVED : ReturnStatus.REFUSED_ON_ARRIVAL, action, now);
    }

    /** The dealer takes its request back before anybody decided on it. */
    public ReturnStatus withdraw(String why, Instant now) {
        require(ReturnAction.WITHDRAWN, ReturnStatus.AWAITING_REGIONAL);
        reason(why);
        return move(ReturnStatus.WITHDRAWN, ReturnAction.WITHDRAWN, now);
    }

    /** Whose fault the company will most likely find, from what the dealer reported (the approver may decide otherwise). */
    public Fault suggestedFault() {
        if (ground == PreSaleGround.RECALL) {
            return Fault.RECALL;
        }
        if (ground == PreSaleGround.WRONG_GOODS || defect == DefectKind.MIXED_OR_WRONG_GOODS) {
            return Fault.WRONG_GOODS;
        }
        return Fault.PRODUCT_QUALITY;
    }

    private void require(ReturnAction action, ReturnStatus expected) {
        if (status != expected) {
            throw new IllegalTransition("return", status, action);
        }
    }

    private ReturnStatus move(ReturnStatus to, ReturnAction action, Instant now) {
        this.status = to;
        touch(action, now);
        return to;
    }

    private void touch(ReturnAction action, Instant now) {
        this.lastAction = action;
        this.lastActionAt = now;
    }

    private static String reason(String why) {
        if (why == null || why.isBlank()) {
            throw new InvalidInput("reason", "validation.required");
        }
        if (why.trim().length() > REASON_MAX) {
            throw new InvalidInput("reason", "returns.error.tooLong");
        }
        return why.trim();
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw new InvalidInput(field, "validation.required");
        }
    }

    /** {@code FORM} or {@code INSPECTION}: which rate the 3% rule took. */
    public String getRateSource() {
        return rateSource;
    }
}
