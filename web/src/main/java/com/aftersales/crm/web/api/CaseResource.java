package com.aftersales.crm.web.api;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.chargeback.boundary.Chargebacks;
import com.aftersales.crm.chargeback.boundary.ShareDraft;
import com.aftersales.crm.chargeback.entity.CostKind;
import com.aftersales.crm.chargeback.entity.CostRow;
import com.aftersales.crm.chargeback.entity.ShareRow;
import com.aftersales.crm.dispatch.boundary.DispatchDraft;
import com.aftersales.crm.dispatch.boundary.DispatchOrders;
import com.aftersales.crm.dispatch.entity.OrderRow;
import com.aftersales.crm.servicecase.entity.CaseDetail;
import com.aftersales.crm.servicecase.boundary.CaseDraft;
import com.aftersales.crm.servicecase.entity.CaseFilter;
import com.aftersales.crm.servicecase.entity.CaseRow;
import com.aftersales.crm.servicecase.entity.HistoryEntry;
import com.aftersales.crm.servicecase.boundary.ServiceCases;
import com.aftersales.crm.servicecase.entity.CaseStatus;
import com.aftersales.crm.servicecase.entity.CostBearer;
import com.aftersales.crm.servicecase.entity.Responsibility;
import com.aftersales.crm.shared.Severity;
import com.aftersales.crm.shared.CaseType;
import com.aftersales.crm.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

/**
 * Service cases (客服受理单): intake from a call, the case page (clocks, audit trail, dispatch orders) and the steps of
 * the service department. Head-office staff see every case, a dealer its customers' cases, a provider the cases it
 * answers for. A case outside the caller's scope is "not found" whatever is asked of it — reading or acting — so a
 * dealer or provider never learns that it exists; a case the caller sees may still refuse an action to its role (403).
 */
@Path("cases")
@RequestScoped
@Allowed(Duty.CUSTOMER_SERVICE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@EmptyBodyAsNull
public class CaseResource {

    /** Lists page by at most this many rows. */
    static final int MAX_PAGE = 200;

    /** A page of cases; {@code count} stops at {@link ServiceCases#COUNT_CAP}, {@code capped} says there are more. */
    public record Page(long count, boolean capped, List<CaseRow> rows) {
    }

    /** The id of what was created (its address is in the Location header). */
    public record Created(long id) {
    }

    /** A case as its page shows it: the case with its clocks, the audit trail (oldest first) and the dispatch orders. */
    public record CaseView(@JsonbProperty("case") @Schema(name = "case") CaseDetail serviceCase,
                           List<HistoryEntry> history, List<OrderRow> orders) {
    }

    /** The answer given on the phone to a consultation (咨询), which closes it. */
    public record Answer(String answer) {
    }

    /** The agent's check of the returned order: accepted (the customer is asked next) or refused (dispatch again). */
    public record Check(Boolean accepted, String note) {
    }

    /**
     * 责任界定: without a cost bearer, the responsibility's default bearer pays. With {@code shares} (责任分摊, adding up
     * to exactly 100), the judgement is split: responsibility and cost bearer are then the largest share's and need not
     * be given, and the case's costs are charged to the provider and dealer shares as proposed chargeback lines.
     */
    public record Judgement(Responsibility responsibility, CostBearer costBearer, String note, List<ShareDraft> shares) {
    }

    /** A cost of the case (案件费用) in yuan, to the fen. */
    public record Cost(CostKind kind, BigDecimal amount, String note) {
    }

    /** A remark for the audit trail (required where the step needs a reason). */
    public record Note(String note) {
    }

    @Inject
    ServiceCases cases;

    @Inject
    DispatchOrders orders;

    @Inject
    Chargebacks chargebacks;

    @GET
    @Operation(summary = "The caller's cases, newest first unless sorted (sort: openedAt, lastActionAt or id)",
            description = "stage OPEN (default: not closed), CLOSED or ALL; status, type and severity by code; overdue "
                    + "or escalated only; one customer or provider; text: a case number or the start of the "
                    + "customer's name. max at most 200.")
    public Page list(@QueryParam("stage") @DefaultValue("OPEN") String stage, @QueryParam("status") String status,
                     @QueryParam("type") String type, @QueryParam("severity") String severity,
                     @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                     @QueryParam("escalated") @DefaultValue("false") boolean escalated,
                     @QueryParam("customerId") Long customerId, @QueryParam("providerId") Long providerId,
                     @QueryParam("text") String text, @QueryParam("first") @DefaultValue("0") int first,
                     @QueryParam("max") @DefaultValue("50") int max, @QueryParam("sort") String sort,
                     @QueryParam("asc") @DefaultValue("false") boolean ascending) {
        requirePage(first, max);
        CaseFilter filter = new CaseFilter();
        CaseFilter.Stage named = code("stage", stage, CaseFilter.Stage.class);
        filter.setStage(named == null ? CaseFilter.Stage.OPEN : named);
        filter.setStatus(name(code("status", status, CaseStatus.class)));
        filter.setType(name(code("type", type, CaseType.class)));
        filter.setSeverity(name(code("severity", severity, Severity.class)));
        filter.setOverdueOnly(overdue);
        filter.setEscalatedOnly(escalated);
        filter.setCustomerId(customerId);
        filter.setProviderId(providerId);
        filter.setText(text);
        long count = cases.count(filter);
        return new Page(Math.min(count, ServiceCases.COUNT_CAP), count > ServiceCases.COUNT_CAP,
                cases.list(filter, first, max, sort, ascending));
    }

    @POST
    @Idempotent
    @Allowed(Duty.CALL_CENTRE)
    @Operation(summary = "Open a case from a call (agent, supervisor, admin); a consultation with an answer is closed at once",
            description = "The clocks (first reply, on site) come from the policies in force now; a major severity "
                    + "escalates at once.")
    public Response open(CaseDraft draft) {
        InvalidBody.require(draft);
        long id = cases.open(draft);
        return Response.created(URI.create("cases/" + id)).entity(new Created(id)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The case with its clocks and SLA badge, its audit trail and its dispatch orders")
    public CaseView get(@PathParam("id") long id) {
        return view(id);
    }

    @POST
    @Path("{id}/answer")
    @Operation(summary = "Answer a consultation on the phone, which closes it (agent, supervisor, admin)")
    public CaseView answer(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                    Answer answer) {
        return step(id, ifMatch, Duty.CALL_CENTRE, () -> cases.answerOnPhone(id, answer == null ? null : answer.answer()));
    }

    @POST
    @Path("{id}/check")
    @Operation(summary = "Check the returned dispatch order (agent, supervisor, admin): accepted, the customer is "
            + "asked to accept; refused, the case waits for another dispatch")
    public CaseView check(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                    Check check) {
        return step(id, ifMatch, Duty.CALL_CENTRE, () -> {
            if (check == null || check.accepted() == null) {
                throw new InvalidInput("accepted", "validation.required");
            }
            // The order checked is the returned one not yet checked, as on the case page; without one, the case's
            // own state decides (and refuses, unless the case is RETURNED).
            OrderRow returned = OrderRow.toCheck(orders.forCase(id)).orElse(null);
            if (returned != null) {
                orders.check(returned.id(), check.accepted(), check.note());
            } else {
                cases.check(id, check.accepted(), check.note());
            }
        });
    }

    @POST
    @Path("{id}/judgement")
    @Operation(summary = "Judge responsibility (责任界定) once the order is returned (supervisor, admin)")
    public CaseView judge(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                    Judgement judgement) {
        return step(id, ifMatch, Duty.SUPERVISION, () -> {
            if (judgement != null && judgement.shares() != null && !judgement.shares().isEmpty()) {
                chargebacks.judge(id, judgement.shares(), judgement.note());
                return;
            }
            if (judgement == null || judgement.responsibility() == null) {
                throw new InvalidInput("responsibility", "validation.required");
            }
            cases.judge(id, judgement.responsibility(), judgement.costBearer(), judgement.note());
        });
    }

    @GET
    @Path("{id}/shares")
    @Operation(summary = "The shares of the case's judgement (责任分摊), with evidence and rule; a case judged without "
            + "shares reads as one share of 100%")
    public List<ShareRow> shares(@PathParam("id") long id) {
        return chargebacks.shares(id);
    }

    @GET
    @Path("{id}/costs")
    @Operation(summary = "The case's costs (案件费用): materials, labour, freight, compensation")
    public List<CostRow> costs(@PathParam("id") long id) {
        return chargebacks.costs(id);
    }

    @POST
    @Idempotent
    @Path("{id}/costs")
    @Operation(summary = "Enter a cost of the case before its judgement is split (supervisor, admin): the case's costs")
    public Response addCost(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                    Cost cost) {
        visibleThenRole(id, ifMatch, Duty.SUPERVISION);
        if (cost == null || cost.kind() == null) {
            throw new InvalidInput("kind", "validation.required");
        }
        if (cost.amount() == null) {
            throw new InvalidInput("amount", "validation.required");
        }
        chargebacks.addCost(id, cost.kind(), cost.amount(), cost.note());
        return Response.created(URI.create("cases/" + id + "/costs")).entity(chargebacks.costs(id)).build();
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(summary = "The customer accepted the result: the case closes; a complaint must be judged first "
            + "(agent, supervisor, admin)")
    public CaseView customerAccepted(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                    Note note) {
        return step(id, ifMatch, Duty.CALL_CENTRE, () -> cases.customerAccepted(id, note(note)));
    }

    @POST
    @Path("{id}/rejection")
    @Operation(summary = "The customer is not satisfied (a note is required): back to dispatch (agent, supervisor, admin)")
    public CaseView customerNotSatisfied(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                    Note note) {
        return step(id, ifMatch, Duty.CALL_CENTRE, () -> cases.customerNotSatisfied(id, note(note)));
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Reopen a closed case, with the reason (agent, supervisor, admin)")
    public CaseView reopen(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                    Note note) {
        return step(id, ifMatch, Duty.CALL_CENTRE, () -> cases.reopen(id, note(note)));
    }

    @POST
    @Idempotent
    @Path("{id}/dispatch-orders")
    @Operation(summary = "Send a dispatch order (派工单) for the case to a provider and its technicians at the time agreed "
            + "with the customer (China time) (agent, supervisor, admin)")
    public Response dispatch(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                    DispatchDraft draft) {
        visibleThenRole(id, ifMatch, Duty.CALL_CENTRE);
        InvalidBody.require(draft);
        long orderId = orders.dispatch(id, draft);
        return Response.created(URI.create("dispatch-orders/" + orderId)).entity(new Created(orderId)).build();
    }

    /** A step on a case the caller may see, by a role that may take it: the case as it is after the step. */
    private CaseView step(long id, String ifMatch, Duty duty, Runnable step) {
        visibleThenRole(id, ifMatch, duty);
        step.run();
        return view(id);
    }

    private CaseView view(long id) {
        return new CaseView(cases.detail(id), cases.history(id), orders.forCase(id));
    }

    /**
     * 404 for a case outside the caller's scope, then 403 for a role that may not act on it, then 412 for an
     * {@code If-Match} that is not the case's version.
     */
    private void visibleThenRole(long id, String ifMatch, Duty duty) {
        CaseDetail detail = cases.detail(id);
        RoleCheck.require(duty);
        Versions.ifMatch(ifMatch, detail::version, null);
    }

    private static String note(Note note) {
        return note == null ? null : note.note();
    }

    static void requirePage(int first, int max) {
        requirePage(first, max, MAX_PAGE);
    }

    /** 400 naming {@code first} or {@code max} for a page that starts before the first row or has 0 or too many rows. */
    static void requirePage(int first, int max, int maxRows) {
        if (first < 0) {
            throw new InvalidInput("first", "api.error.negative");
        }
        if (max < 1 || max > maxRows) {
            throw new InvalidInput("max", "api.error.pageSize", maxRows);
        }
    }

    /** A code of the given kind, or 400 naming the parameter; null when not given. */
    static <E extends Enum<E>> E code(String parameter, String value, Class<E> kind) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(kind, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(parameter, "api.error.unknownCode");
        }
    }

    private static String name(Enum<?> code) {
        return code == null ? null : code.name();
    }
}
