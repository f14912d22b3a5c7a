package com.aftersales.crm.servicecase.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.customer.boundary.CustomerDetail;
import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.installation.boundary.Installations;
import com.aftersales.crm.installation.entity.InstallationFacts;
import com.aftersales.crm.timeline.boundary.Timeline;
import com.aftersales.crm.calendar.boundary.WorkingCalendar;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.servicecase.control.Breaches;
import com.aftersales.crm.servicecase.control.CaseAccess;
import com.aftersales.crm.servicecase.control.ClockPausing;
import com.aftersales.crm.servicecase.control.CaseAccess.CaseScope;
import com.aftersales.crm.servicecase.control.CaseListReadModel;
import com.aftersales.crm.servicecase.control.CaseRecords;
import com.aftersales.crm.servicecase.control.SlaClock;
import com.aftersales.crm.servicecase.entity.CaseAction;
import com.aftersales.crm.servicecase.entity.CaseClock;
import com.aftersales.crm.servicecase.entity.CaseDetail;
import com.aftersales.crm.servicecase.entity.CaseFilter;
import com.aftersales.crm.servicecase.entity.CaseHistory;
import com.aftersales.crm.servicecase.entity.CaseRow;
import com.aftersales.crm.servicecase.entity.Escalation;
import com.aftersales.crm.servicecase.entity.HistoryEntry;
import com.aftersales.crm.servicecase.entity.CaseStatus;
import com.aftersales.crm.servicecase.entity.CostBearer;
import com.aftersales.crm.servicecase.entity.Deadlines;
import com.aftersales.crm.servicecase.entity.Responsibility;
import com.aftersales.crm.servicecase.entity.ServiceCase;
import com.aftersales.crm.shared.Severity;
import com.aftersales.crm.shared.CaseType;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.shared.PhoneNumber;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Service cases: intake (a consultation answered on the phone closes at once), the life cycle up to the customer's
 * acceptance, responsibility, escalations, and the lists every role works from. Every change writes the audit trail
 * and the customer's timeline in the same transaction.
 */
@Stateless
@Secured(Duty.CUSTOMER_SERVICE)
public class ServiceCases {

    /** Counting stops here: "1000+" is all a list needs to say. */
    public static final int COUNT_CAP = 1000;

    @Inject
    CaseAccess access;

    @Inject
    CaseRecords records;

    @Inject
    CaseListReadModel lists;

    @Inject
    Installations installations;

    @Inject
    Customers customers;

    @Inject
    Caller caller;

    @Inject
    Timeline timeline;

    @Inject
    PolicyLookup policies;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Breaches breaches;

    @Inject
    ClockPausing pausing;

    @Inject
    Clock clock;

    @Inject
    Event<CaseAwaitingAcceptance> awaitingAcceptance;

    @Inject
    Event<CaseBackInService> backInService;

    /**
     * Opens a case from a call. Its clocks come from the policy versions in force now, for the product's brand and
     * line and the case type; a major severity escalates at once. A consultation with an answer closes at once.
     */
    @Secured(Duty.CALL_CENTRE)
    public long open(@NotNull @Valid CaseDraft draft) {
        long customerId = draft.getCustomerId();
        Instant now = clock.instant();
        CustomerDetail customer = customers.detail(customerId);
        if (customer.mergedIntoId() != null) {
            throw new InvalidInput("customerId", "case.error.customerMerged");
        }
        boolean suburban = customer.suburban();
        Long dealerId = customer.dealerId();
        Long providerId = null;
        String brand = null;
        String line = null;
        InstallationFacts installation = installations.facts(customerId, draft.getInstallationId()).orElse(null);
        if (installation == null && draft.getInstallationId() != null) {
            throw new InvalidInput("installationId", "case.error.installationOfOtherCustomer");
        }
        if (installation != null) {
            dealerId = installation.dealerId() == null ? dealerId : installation.dealerId();
            providerId = installation.providerId();
            brand = installation.brand();
            line = installation.productLine();
        }
        Deadlines deadlines = deadlines(draft.getType(), draft.getSeverity(), suburban, brand, line, now);
        String phone = draft.getCallerPhone() == null || draft.getCallerPhone().isBlank() ? null
                : PhoneNumber.parse(draft.getCallerPhone()).digits();
        ServiceCase serviceCase = new ServiceCase(customerId,
                installation == null ? null : installation.id(), dealerId, providerId,
                draft.getChannel(), draft.getType(), draft.getSeverity(), phone, draft.getCustomerWords(), suburban,
                brand, line, deadlines, now, actor());
        records.add(serviceCase);
        long id = serviceCase.getId();
        record(serviceCase, null, CaseAction.OPENED, null, CaseStatus.OPEN.name(), summary(serviceCase));
        if (serviceCase.getSeverity() == Severity.MAJOR) {
            escalate(id, "MAJOR", now);
            record(serviceCase, null, CaseAction.ESCALATED, null, null, null);
        }
        if (draft.getType() == CaseType.CONSULTATION && draft.getAnswer() != null && !draft.getAnswer().isBlank()) {
            CaseStatus from = serviceCase.getStatus();
            serviceCase.answerOnPhone(draft.getAnswer(), now);
            record(serviceCase, null, CaseAction.ANSWERED, from.name(), serviceCase.getStatus().name(), draft.getAnswer());
        }
        return id;
    }

    /** 咨询类: answered on the phone, the consultation closes. */
    @Secured(Duty.CALL_CENTRE)
    public void answerOnPhone(long caseId, String answer) {
        ServiceCase serviceCase = find(caseId);
        CaseStatus from = serviceCase.getStatus();
        serviceCase.answerOnPhone(answer, clock.instant());
        record(serviceCase, null, CaseAction.ANSWERED, from.name(), serviceCase.getStatus().name(), answer);
        flush(caseId);
    }

    /** The agent checked the returned order: accepted, the customer is asked to accept; refused, dispatch again. */
    @Secured(Duty.CALL_CENTRE)
    public void check(long caseId, boolean accepted, String note) {
        ServiceCase serviceCase = find(caseId);
        CaseStatus from = serviceCase.getStatus();
        serviceCase.checked(accepted, clock.instant());
        record(serviceCase, null, accepted ? CaseAction.CHECKED : CaseAction.CHECK_REFUSED, from.name(),
                serviceCase.getStatus().name(), note);
        flush(caseId);
        if (accepted) {
            awaitingAcceptance.fire(new CaseAwaitingAcceptance(caseId));
        }
    }

    /**
     * What a follow-up call found (called by the follow-up service, in its transaction): satisfied, a case awaiting
     * the customer's acceptance closes (a complaint once judged); unsatisfied, the answer is on the trail.
     */
    @Secured(Duty.CALL_CENTRE)
    public void followUpAnswered(long caseId, long followUpId, boolean satisfied, String note) {
        ServiceCase serviceCase = find(caseId);
        CaseStatus from = serviceCase.getStatus();
        CaseStatus to = serviceCase.followUpAnswered(satisfied, clock.instant());
        record(serviceCase, null, satisfied ? CaseAction.FOLLOW_UP_SATISFIED : CaseAction.FOLLOW_UP_UNSATISFIED,
                from == to ? null : from.name(), from == to ? null : to.name(), "#" + followUpId + " " + note);
        flush(caseId);
    }

    /** 责任界定 by a supervisor; without a bearer named, the responsibility's default bearer pays. */
    @Secured(Duty.SUPERVISION)
    public void judge(long caseId, @NotNull Responsibility responsibility, CostBearer bearer, String note) {
        ServiceCase serviceCase = find(caseId);
        serviceCase.judge(responsibility, bearer, note, actor(), clock.instant());
        record(serviceCase, null, CaseAction.JUDGED, null, null,
                responsibility.name() + " / " + serviceCase.getCostBearer().name() + (note == null ? "" : ": " + note));
        flush(caseId);
    }

    /** The customer accepted the result (the follow-up call asks): the case closes. */
    @Secured(Duty.CALL_CENTRE)
    public void customerAccepted(long caseId, String note) {
        ServiceCase serviceCase = find(caseId);
        CaseStatus from = serviceCase.getStatus();
        serviceCase.customerAccepted(clock.instant());
        record(serviceCase, null, CaseAction.CUSTOMER_ACCEPTED, from.name(), serviceCase.getStatus().name(), note);
        flush(caseId);
    }

    /** The customer did not accept the result: back to dispatch. */
    @Secured(Duty.CALL_CENTRE)
    public void customerNotSatisfied(long caseId, String note) {
        requireNote(note);
        ServiceCase serviceCase = find(caseId);
        CaseStatus from = serviceCase.getStatus();
        serviceCase.customerNotSatisfied(clock.instant());
        record(serviceCase, null, CaseAction.CUSTOMER_NOT_SATISFIED, from.name(), serviceCase.getStatus().name(), note);
        flush(caseId);
        backInService.fire(new CaseBackInService(caseId));
    }

    /**
     * A closed case comes back, with the reason. It runs new clocks, from the policies in force now: the customer is
     * owed a reply and a visit again.
     */
    @Secured(Duty.CALL_CENTRE)
    public void reopen(long caseId, String note) {
        requireNote(note);
        ServiceCase serviceCase = find(caseId);
        CaseStatus from = serviceCase.getStatus();
        Instant now = clock.instant();
        serviceCase.reopen(deadlines(serviceCase.getType(), serviceCase.getSeverity(), serviceCase.isSuburban(),
                serviceCase.getBrand(), serviceCase.getProductLine(), now), now);
        record(serviceCase, null, CaseAction.REOPENED, from.name(), serviceCase.getStatus().name(), note);
        flush(caseId);
        backInService.fire(new CaseBackInService(caseId));
    }

    /**
     * What a dispatch order did to its case (called by the dispatch service, in its transaction): the case moves or
     * its clocks stop, the trail and the timeline say so. A first reply or visit made after its deadline is recorded
     * as a breach here, in case the watch had not seen it yet (the breach is unique per case and clock).
     */
    public void orderProgress(long caseId, long orderId, CaseAction action, long providerId, String orderFrom,
                              String orderTo, String note) {
        ServiceCase serviceCase = find(caseId);
        Instant now = clock.instant();
        if (action == CaseAction.ORDER_SCHEDULED || action == CaseAction.ORDER_ON_SITE) {
            endPauseOnStop(serviceCase, CaseClock.FIRST_REPLY, now);
        }
        if (action == CaseAction.ORDER_ON_SITE) {
            endPauseOnStop(serviceCase, CaseClock.ON_SITE, now);
        }
        switch (action) {
            case DISPATCHED -> serviceCase.dispatched(providerId, now);
            case ORDER_CANCELLED -> serviceCase.orderCancelled(now);
            case ORDER_SCHEDULED -> serviceCase.replied(action, now);
            case ORDER_ON_SITE -> serviceCase.onSite(now);
            case ORDER_RETURNED -> serviceCase.orderReturned(now);
            case ORDER_ACCEPTED, ORDER_DONE -> serviceCase.progressed(action, now);
            default -> throw new IllegalArgumentException("not an order's action: " + action);
        }
        record(serviceCase, orderId, action, orderFrom, orderTo, note);
        if (action == CaseAction.ORDER_SCHEDULED || action == CaseAction.ORDER_ON_SITE) {
            records.writePending();
            BreachTimeline.write(timeline, breaches.recordLate(caseId, now), now);
        }
        flush(caseId);
    }

    /** A clock that stops while paused: the pause ends there and the deadline moves, before the late check. */
    private void endPauseOnStop(ServiceCase serviceCase, CaseClock which, Instant now) {
        if (serviceCase.runningDue(which) != null) {
            pausing.resume(serviceCase, which, now, actor()).ifPresent(pause -> record(serviceCase, null,
                    CaseAction.CLOCK_RESUMED, null, null,
                    pausing.trailNote(pause, "时限停止，顺延 " + pause.getShift().toMinutes() + " 分钟")));
        }
    }

    public CaseDetail detail(long caseId) {
        requireVisible(caseId);
        return lists.detail(caseId, clock.instant());
    }

    public List<HistoryEntry> history(long caseId) {
        requireVisible(caseId);
        return records.history(caseId);
    }

    /** A page of the caller's cases, filtered, sorted and paged by the database; newest first unless sorted otherwise. */
    public List<CaseRow> list(CaseFilter filter, int first, int max, String sortField, boolean ascending) {
        return lists.list(filter, scope(), Math.max(0, first), Math.max(1, Math.min(max, 200)), sortField, ascending,
                clock.instant());
    }

    /** How many cases match, counted up to {@link #COUNT_CAP} + 1. */
    public long count(CaseFilter filter) {
        return lists.count(filter, scope(), COUNT_CAP + 1, clock.instant());
    }

    /** Escalations not yet acknowledged, newest first (supervisors). */
    @Secured(Duty.SUPERVISION)
    public List<Escalation> openEscalations(int max) {
        return lists.openEscalations(Math.max(1, Math.min(max, 200)));
    }

    @Secured(Duty.SUPERVISION)
    public void acknowledge(long escalationId) {
        if (!records.acknowledge(escalationId, actor(), clock.instant())) {
            throw new NotFound("escalation " + escalationId);
        }
    }

    /** The clocks of a case opened (or reopened) now: none for a consultation. */
    private Deadlines deadlines(CaseType type, Severity severity, boolean suburban, String brand, String line, Instant now) {
        if (type == CaseType.CONSULTATION) {
            return null;
        }
        PolicyVersion reply = policies.inForce(SlaClock.FIRST_REPLY, brand, line, type, now);
        PolicyVersion onSite = policies.inForce(SlaClock.onSiteKey(severity, suburban), brand, line, type, now);
        return new Deadlines(SlaClock.due(now, reply.value(), reply.unit(), calendar::addWorkingDays), reply.id(),
                SlaClock.due(now, onSite.value(), onSite.unit(), calendar::addWorkingDays), onSite.id());
    }

    private void escalate(long caseId, String reason, Instant now) {
        records.escalate(caseId, reason, now);
    }

    private ServiceCase find(long caseId) {
        requireVisible(caseId);
        return records.find(caseId);
    }

    private void flush(long caseId) {
        records.save(caseId);
    }

    private static void requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw new InvalidInput("note", "validation.required");
        }
    }

    private void record(ServiceCase serviceCase, Long orderId, CaseAction action, String from, String to, String note) {
        Instant now = clock.instant();
        records.addHistory(new CaseHistory(serviceCase.getId(), orderId, now, actor(), action, from, to, note));
        timeline.append(serviceCase.getCustomerId(), action.timelineKind(),
                "#" + serviceCase.getId() + (note == null || note.isBlank() ? "" : " " + note), "CASE", serviceCase.getId());
    }

    private static String summary(ServiceCase serviceCase) {
        String words = serviceCase.getCustomerWords();
        return words.length() <= 200 ? words : words.substring(0, 200) + "…";
    }

    /** Refuses a case the caller may not see as "not found", whatever the reason (a follow-up's case page asks too). */
    public void requireVisible(long caseId) {
        if (!access.visible(caseId, scope())) {
            throw new NotFound("case " + caseId);
        }
    }

    private CaseScope scope() {
        UserPrincipal principal = caller.require();
        return access.scopeOf(principal).orElseThrow(() -> new AccessDenied(principal.username() + " sees no cases"));
    }

    private String actor() {
        return caller.current().map(UserPrincipal::username).orElse("system");
    }
}
