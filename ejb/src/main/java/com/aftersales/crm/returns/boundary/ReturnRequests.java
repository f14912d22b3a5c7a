package com.aftersales.crm.returns.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.returns.control.ReturnAccess;
import com.aftersales.crm.returns.control.ReturnAccess.ReturnScope;
import com.aftersales.crm.returns.control.ReturnReadModel;
import com.aftersales.crm.returns.control.ReturnRecords;
import com.aftersales.crm.returns.entity.ReturnFilter;
import com.aftersales.crm.returns.entity.ReturnHistoryEntry;
import com.aftersales.crm.returns.entity.ReturnRow;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.timeline.boundary.Timeline;
import com.aftersales.crm.installation.boundary.InstallationView;
import com.aftersales.crm.installation.boundary.Installations;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.productbatch.boundary.ProductBatches;
import com.aftersales.crm.productbatch.entity.BatchInspection;
import com.aftersales.crm.quality.boundary.QualityComplaints;
import com.aftersales.crm.returns.entity.Eligibility;
import com.aftersales.crm.returns.entity.Fault;
import com.aftersales.crm.returns.entity.ReturnAction;
import com.aftersales.crm.returns.entity.ReturnForm;
import com.aftersales.crm.returns.entity.ReturnHistory;
import com.aftersales.crm.returns.entity.ReturnKind;
import com.aftersales.crm.returns.entity.ReturnRefused;
import com.aftersales.crm.returns.entity.ReturnRequest;
import com.aftersales.crm.returns.entity.ReturnStatus;
import com.aftersales.crm.returns.entity.WarrantyFacts;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.shared.BatchNo;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Return and exchange requests (退换货申请): a dealer files one; the manual's rules, with the policy versions in force
 * (batch defect threshold, shipment age) and the installation's warranty, decide at once whether it may be filed at
 * all ({@link ReturnRefused} names every rule broken). Supervisors then take it through the chain: the regional
 * manager's opinion, the company's written approval by a second supervisor (who finds the fault, hence the freight),
 * and logistics' inspection on arrival. Every decision is in the history, and on the customer's timeline when the
 * request is about a customer.
 */
@Stateless
@Secured(Duty.RETURNS)
public class ReturnRequests {

    public static final String THRESHOLD = "return.batch-defect-threshold";
    public static final String MAX_AGE = "return.max-shipment-age";

    /** Counting stops here: "1000+" is all a list needs to say. */
    public static final int COUNT_CAP = 1000;

    @Inject
    ReturnAccess access;

    @Inject
    ReturnRecords records;

    @Inject
    ReturnReadModel reads;

    @Inject
    Customers customers;

    @Inject
    Caller caller;

    @Inject
    QualityComplaints complaints;

    @Inject
    Installations installations;

    @Inject
    Timeline timeline;

    @Inject
    PolicyLookup policies;

    @Inject
    ProductBatches batches;

    @Inject
    Clock clock;

    /**
     * Files a request for the caller's dealer. An after-sale request names the customer and the installation archive,
     * whose warranty (as the installation area assesses it) must be free of exclusions and not past its free period.
     */
    @Secured(Duty.DEALER_WORK)
    public long file(@NotNull ReturnRequestDraft draft) {
        long dealerId = dealerOfCaller();
        Instant now = clock.instant();
        WarrantyFacts warranty = null;
        Long customerId = draft.getCustomerId();
        Long installationId = draft.getInstallationId();
        if (draft.getKind() == ReturnKind.AFTER_SALE && customerId != null && installationId != null) {
            warranty = warrantyOf(customerId, installationId);
        } else if (draft.getKind() == ReturnKind.PRE_SALE) {
            if (customerId != null) {
                customers.requireVisible(customerId);
            }
            installationId = null;
        }
        if (draft.getComplaintId() != null) {
            try {
                complaints.requireVisible(draft.getComplaintId());
            } catch (NotFound e) {
                throw new InvalidInput("complaintId", "returns.error.complaint");
            }
        }
        String[] line = productLine(draft.getProductId());
        PolicyVersion threshold = policies.inForce(THRESHOLD, line[0], line[1], now);
        PolicyVersion maxAge = policies.inForce(MAX_AGE, line[0], line[1], now);
        ReturnForm form = new ReturnForm(draft.getKind(), draft.getGround(), draft.getRemedy(), customerId,
                installationId, draft.getComplaintId(), draft.getProductId(), draft.getBatchNo(), draft.getShippedOn(),
                draft.getBatchQuantity(), draft.getDefectiveQuantity(), draft.getReturnQuantity(), draft.getDefectKind(),
                draft.getStockKind(), draft.getReason());
        // a pre-sale request naming a batch whose incoming inspection is recorded is judged on that inspection's rate
        Optional<BatchInspection> inspection = draft.getKind() == ReturnKind.PRE_SALE && draft.getBatchNo() != null
                && BatchNo.valid(draft.getBatchNo())
                ? batches.inspection(draft.getProductId(), draft.getBatchNo()) : Optional.empty();
        ReturnRequest request = ReturnRequest.file(dealerId, form, warranty,
                new Eligibility(new BigDecimal(threshold.value()), threshold.id(), maxAge.asInt(), maxAge.id(),
                        inspection.map(BatchInspection::inspectedM2).orElse(null),
                        inspection.map(BatchInspection::defectiveM2).orElse(null)),
                LocalDate.now(clock), now, actor());
        records.add(request);
        record(request, ReturnAction.FILED, null, request.getStatus(), request.getReason());
        return request.getId();
    }

    /** 区域经理审核 (a supervisor): for or against, with the reason. */
    @Secured(Duty.SUPERVISION)
    public void regionalDecision(long requestId, boolean approve, String reason) {
        ReturnRequest request = find(requestId);
        ReturnStatus from = request.getStatus();
        request.regionalDecision(approve, reason, actor(), clock.instant());
        record(request, request.getLastAction(), from, request.getStatus(), reason);
        flush(requestId);
    }

    /**
     * 公司书面核准 by a supervisor other than the one who gave the regional opinion; approving names whose fault it is,
     * which decides who pays the freight.
     */
    @Secured(Duty.SUPERVISION)
    public void companyDecision(long requestId, boolean approve, Fault fault, String reason) {
        ReturnRequest request = find(requestId);
        ReturnStatus from = request.getStatus();
        request.companyDecision(approve, fault, reason, actor(), clock.instant());
        // the fault and who pays the freight are the request's own fields, shown in the reader's language; the history
        // line keeps the supervisor's words only (codes in it reached the screen as PRODUCT_QUALITY / MAKER)
        record(request, request.getLastAction(), from, request.getStatus(), reason);
        flush(requestId);
    }

    /** 进仓验收 on arrival: goods that do not match the form are refused. */
    @Secured(Duty.SUPERVISION)
    public void inspectArrival(long requestId, boolean matchesForm, Integer receivedQuantity, String reason) {
        ReturnRequest request = find(requestId);
        ReturnStatus from = request.getStatus();
        request.inspectArrival(matchesForm, receivedQuantity, reason, actor(), clock.instant());
        record(request, request.getLastAction(), from, request.getStatus(), receivedQuantity + ": " + reason);
        flush(requestId);
    }

    /** The dealer takes its request back while nobody has decided on it yet. */
    public void withdraw(long requestId, String reason) {
        ReturnRequest request = find(requestId);
        ReturnStatus from = request.getStatus();
        request.withdraw(reason, clock.instant());
        record(request, ReturnAction.WITHDRAWN, from, request.getStatus(), reason);
        flush(requestId);
    }

    public ReturnDetail detail(long requestId) {
        ReturnRequest r = find(requestId);
        ReturnReadModel.Names names = reads.names(requestId);
        return new ReturnDetail(r.getId(), r.getDealerId(), names.dealer(), r.getKind().name(), name(r.getGround()),
                r.getRemedy().name(), r.getCustomerId(), names.customer(), r.getInstallationId(), r.getComplaintId(),
                r.getProductId(), names.productCode(), names.productSpec(), r.getBatchNo(), r.getShippedOn(), r.getBatchQuantity(),
                r.getDefectiveQuantity(), r.getReturnQuantity(), name(r.getDefect()), r.getStock().name(), r.getReason(),
                r.getDefectRate(), r.isThresholdApplied(), r.getThresholdPercent(), r.getThresholdPolicyId(),
                r.getMaxAgeMonths(), r.getMaxAgePolicyId(), name(r.getThresholdExemption()), r.getWarrantyStatus(),
                r.getWarrantyFreeUntil(), r.getStatus().name(), r.getFiledAt(), r.getFiledBy(), r.getRegionalBy(),
                r.getRegionalAt(), r.getRegionalApproved(), r.getRegionalReason(), r.getCompanyBy(), r.getCompanyAt(),
                r.getCompanyApproved(), r.getCompanyReason(), name(r.getFault()), name(r.getFreightBearer()),
                r.getInspectedBy(), r.getInspectedAt(), r.getGoodsMatched(), r.getReceivedQuantity(),
                r.getInspectionReason(), r.getLastAction().name(), r.getLastActionAt(), r.suggestedFault().name(),
                r.getVersion(), r.getRateSource());
    }

    public List<ReturnHistoryEntry> history(long requestId) {
        requireVisible(requestId);
        return records.history(requestId);
    }

    /** A page of the caller's requests, filtered, sorted and paged by the database. */
    public List<ReturnRow> list(ReturnFilter filter, int first, int max, String sortField, boolean ascending) {
        return reads.list(filter, scope(), Math.max(0, first), Math.max(1, Math.min(max, 200)), sortField, ascending);
    }

    /** How many requests match, counted up to {@link #COUNT_CAP} + 1. */
    public long count(ReturnFilter filter) {
        return reads.count(filter, scope(), COUNT_CAP + 1);
    }

    /** The installation's warranty today, as the installation area assesses it; the installation must be the customer's. */
    private WarrantyFacts warrantyOf(long customerId, long installationId) {
        InstallationView installation = installations.ofCustomer(customerId).stream()
                .filter(i -> i.id() == installationId).findFirst()
                .orElseThrow(() -> new InvalidInput("installationId", "returns.error.installationOfOtherCustomer"));
        return new WarrantyFacts(installation.warranty().status().name(), installation.warranty().freeUntil(),
                installation.warranty().exclusions().stream().map(Enum::name).toList());
    }

    /** Brand and product line of the product (policies may differ by them); an unknown product is refused. */
    private String[] productLine(Long productId) {
        if (productId == null) {
            throw new InvalidInput("productId", "validation.required");
        }
        return reads.productLine(productId).orElseThrow(() -> new InvalidInput("productId", "returns.error.product"));
    }

    private ReturnRequest find(long requestId) {
        requireVisible(requestId);
        return records.find(requestId);
    }

    private void flush(long requestId) {
        records.save(requestId);
    }

    private void record(ReturnRequest request, ReturnAction action, ReturnStatus from, ReturnStatus to, String note) {
        records.addHistory(new ReturnHistory(request.getId(), clock.instant(), actor(), action, from, to, note));
        if (request.getCustomerId() != null) {
            timeline.append(request.getCustomerId(), action.timelineKind(),
                    "#" + request.getId() + (note == null || note.isBlank() ? "" : " " + note), "RETURN_REQUEST",
                    request.getId());
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private void requireVisible(long requestId) {
        if (!access.visible(requestId, scope())) {
            throw new NotFound("return request " + requestId);
        }
    }

    private ReturnScope scope() {
        UserPrincipal principal = caller.require();
        return access.scopeOf(principal)
                .orElseThrow(() -> new AccessDenied(principal.username() + " sees no return requests"));
    }

    /** The dealer a dealer user files for; a user acting for no dealer files nothing. */
    private long dealerOfCaller() {
        UserPrincipal principal = caller.require();
        return access.filingDealerOf(principal)
                .orElseThrow(() -> new AccessDenied(principal.username() + " files no return request"));
    }

    private String actor() {
        return caller.current().map(UserPrincipal::username).orElse("system");
    }
}
