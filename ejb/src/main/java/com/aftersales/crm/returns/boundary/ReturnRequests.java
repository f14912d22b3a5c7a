package com.aftersales.crm.returns.boundary;

import com.aftersales.crm.returns.control.ReturnAccess;
import com.aftersales.crm.returns.control.ReturnAccess.ReturnScope;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.timeline.boundary.Timeline;
import com.aftersales.crm.installation.boundary.InstallationView;
import com.aftersales.crm.installation.boundary.Installations;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
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
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.shared.ProductSpec;
import com.aftersales.crm.shared.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.aftersales.crm.shared.SqlValues.instant;

/**
 * Return and exchange requests (退换货申请): a dealer files one; the manual's rules, with the policy versions in force
 * (batch defect threshold, shipment age) and the installation's warranty, decide at once whether it may be filed at
 * all ({@link ReturnRefused} names every rule broken). Supervisors then take it through the chain: the regional
 * manager's opinion, the company's written approval by a second supervisor (who finds the fault, hence the freight),
 * and logistics' inspection on arrival. Every decision is in the history, and on the customer's timeline when the
 * request is about a customer.
 */
@Stateless
@Secured({Role.SUPERVISOR, Role.ADMIN, Role.DEALER})
public class ReturnRequests {

    public static final String THRESHOLD = "return.batch-defect-threshold";
    public static final String MAX_AGE = "return.max-shipment-age";

    /** Counting stops here: "1000+" is all a list needs to say. */
    public static final int COUNT_CAP = 1000;

    private static final Map<String, String> SORTS = Map.of("filedAt", "r.filed_at", "lastActionAt", "r.last_action_at",
            "id", "r.id", "defectRate", "r.defect_rate");

    private static final String ROW_COLUMNS = """
            select r.id, r.filed_at, d.name, r.kind, p.code, r.batch_no, r.return_quantity, r.defect_rate, c.name,
                   r.status, r.last_action, r.last_action_at
            from return_request r
            join dealer d on d.id = r.dealer_id
            join product p on p.id = r.product_id
            left join customer c on c.id = r.customer_id
            """;

    @PersistenceContext
    EntityManager em;

    @Inject
    ReturnAccess access;

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
    Clock clock;

    /**
     * Files a request for the caller's dealer. An after-sale request names the customer and the installation archive,
     * whose warranty (as the installation area assesses it) must be free of exclusions and not past its free period.
     */
    @Secured(Role.DEALER)
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
        ReturnRequest request = ReturnRequest.file(dealerId, form, warranty,
                new Eligibility(new BigDecimal(threshold.value()), threshold.id(), maxAge.asInt(), maxAge.id()),
                LocalDate.now(clock), now, actor());
        em.persist(request);
        em.flush();
        record(request, ReturnAction.FILED, null, request.getStatus(), request.getReason());
        return request.getId();
    }

    /** 区域经理审核 (a supervisor): for or against, with the reason. */
    @Secured({Role.SUPERVISOR, Role.ADMIN})
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
    @Secured({Role.SUPERVISOR, Role.ADMIN})
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
    @Secured({Role.SUPERVISOR, Role.ADMIN})
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
        Object[] names = (Object[]) em.createNativeQuery("""
                        select d.name, c.name, p.code, p.name, p.category, p.length_mm, p.width_mm, p.thickness_mm,
                               p.veneer_mm, p.colour_grade
                        from return_request r
                        join dealer d on d.id = r.dealer_id
                        join product p on p.id = r.product_id
                        left join customer c on c.id = r.customer_id
                        where r.id = ?""")
                .setParameter(1, requestId).getSingleResult();
        String spec = ProductSpec.format((String) names[3], (String) names[4], ((Number) names[5]).intValue(),
                ((Number) names[6]).intValue(), ((Number) names[7]).intValue(), (BigDecimal) names[8], (String) names[9]);
        return new ReturnDetail(r.getId(), r.getDealerId(), (String) names[0], r.getKind().name(), name(r.getGround()),
                r.getRemedy().name(), r.getCustomerId(), (String) names[1], r.getInstallationId(), r.getComplaintId(),
                r.getProductId(), (String) names[2], spec, r.getBatchNo(), r.getShippedOn(), r.getBatchQuantity(),
                r.getDefectiveQuantity(), r.getReturnQuantity(), name(r.getDefect()), r.getStock().name(), r.getReason(),
                r.getDefectRate(), r.isThresholdApplied(), r.getThresholdPercent(), r.getThresholdPolicyId(),
                r.getMaxAgeMonths(), r.getMaxAgePolicyId(), name(r.getThresholdExemption()), r.getWarrantyStatus(),
                r.getWarrantyFreeUntil(), r.getStatus().name(), r.getFiledAt(), r.getFiledBy(), r.getRegionalBy(),
                r.getRegionalAt(), r.getRegionalApproved(), r.getRegionalReason(), r.getCompanyBy(), r.getCompanyAt(),
                r.getCompanyApproved(), r.getCompanyReason(), name(r.getFault()), name(r.getFreightBearer()),
                r.getInspectedBy(), r.getInspectedAt(), r.getGoodsMatched(), r.getReceivedQuantity(),
                r.getInspectionReason(), r.getLastAction().name(), r.getLastActionAt(), r.suggestedFault().name(),
                r.getVersion());
    }

    public List<ReturnHistoryEntry> history(long requestId) {
        requireVisible(requestId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select occurred_at, actor, action, from_status, to_status, note
                        from return_request_history where request_id = ? order by occurred_at, id""")
                .setParameter(1, requestId).getResultList();
        return rows.stream().map(r -> new ReturnHistoryEntry(instant(r[0]), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5])).toList();
    }

    /** A page of the caller's requests, filtered, sorted and paged by the database. */
    public List<ReturnRow> list(ReturnFilter filter, int first, int max, String sortField, boolean ascending) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        String column = SqlValues.sortColumn(SORTS, sortField, "r.last_action_at");
        String direction = ascending ? " asc" : " desc";
        parameters.add(Math.max(1, Math.min(max, 200)));
        parameters.add(Math.max(0, first));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(ROW_COLUMNS + where + " order by " + column + direction
                + ", r.id" + direction + " limit ? offset ?"), parameters).getResultList();
        return rows.stream().map(r -> new ReturnRow(((Number) r[0]).longValue(), instant(r[1]), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).intValue(), (BigDecimal) r[7],
                (String) r[8], (String) r[9], (String) r[10], instant(r[11]))).toList();
    }

    /** How many requests match, counted up to {@link #COUNT_CAP} + 1. */
    public long count(ReturnFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        parameters.add(COUNT_CAP + 1);
        return ((Number) bind(em.createNativeQuery("select count(*) from (select 1 from return_request r "
                + where + " limit ?) hits"), parameters).getSingleResult()).longValue();
    }

    private String where(ReturnFilter filter, List<Object> parameters) {
        ReturnScope scope = scope();
        StringBuilder where = new StringBuilder(" where ").append(scope.condition());
        if (scope.parameter() != null) {
            parameters.add(scope.parameter());
        }
        if (filter.getStatus() != null) {
            where.append(" and r.status = ?");
            parameters.add(filter.getStatus().name());
        } else if (filter.isOpenOnly()) {
            where.append(" and r.status in ('AWAITING_REGIONAL', 'AWAITING_COMPANY', 'AWAITING_GOODS')");
        }
        return where.toString();
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select brand, product_line from product where id = ?")
                .setParameter(1, productId).getResultList();
        if (rows.isEmpty()) {
            throw new InvalidInput("productId", "returns.error.product");
        }
        return new String[]{(String) rows.get(0)[0], (String) rows.get(0)[1]};
    }

    private ReturnRequest find(long requestId) {
        requireVisible(requestId);
        ReturnRequest request = em.find(ReturnRequest.class, requestId);
        if (request == null) {
            throw new NotFound("return request " + requestId);
        }
        return request;
    }

    private void flush(long requestId) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange("return request " + requestId);
        }
    }

    private void record(ReturnRequest request, ReturnAction action, ReturnStatus from, ReturnStatus to, String note) {
        em.persist(new ReturnHistory(request.getId(), clock.instant(), actor(), action, from, to, note));
        if (request.getCustomerId() != null) {
            timeline.append(request.getCustomerId(), action.timelineKind(),
                    "#" + request.getId() + (note == null || note.isBlank() ? "" : " " + note), "RETURN_REQUEST",
                    request.getId());
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
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
