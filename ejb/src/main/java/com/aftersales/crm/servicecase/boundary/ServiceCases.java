package com.aftersales.crm.servicecase.boundary;

import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.timeline.boundary.Timeline;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.servicecase.control.Breaches;
import com.aftersales.crm.servicecase.control.CaseAccess;
import com.aftersales.crm.servicecase.control.CaseAccess.CaseScope;
import com.aftersales.crm.servicecase.control.SlaClock;
import com.aftersales.crm.servicecase.entity.CaseAction;
import com.aftersales.crm.servicecase.entity.CaseHistory;
import com.aftersales.crm.servicecase.entity.CaseStatus;
import com.aftersales.crm.servicecase.entity.CostBearer;
import com.aftersales.crm.servicecase.entity.Deadlines;
import com.aftersales.crm.servicecase.entity.Responsibility;
import com.aftersales.crm.servicecase.entity.ServiceCase;
import com.aftersales.crm.servicecase.entity.Severity;
import com.aftersales.crm.shared.CaseType;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.shared.PhoneNumber;
import com.aftersales.crm.shared.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.aftersales.crm.shared.SqlValues.instant;

/**
 * Service cases: intake (a consultation answered on the phone closes at once), the life cycle up to the customer's
 * acceptance, responsibility, escalations, and the lists every role works from. Every change writes the audit trail
 * and the customer's timeline in the same transaction.
 */
@Stateless
@Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.DEALER, Role.PROVIDER})
public class ServiceCases {

    /** Counting stops here: "1000+" is all a list needs to say. */
    public static final int COUNT_CAP = 1000;

    private static final Map<String, String> SORTS = Map.of(
            "openedAt", "sc.opened_at", "lastActionAt", "sc.last_action_at", "id", "sc.id");

    private static final String ROW_COLUMNS = """
            select sc.id, sc.opened_at, sc.customer_id, c.name, sc.case_type, sc.severity, sc.status, sc.channel,
                   p.name, sc.last_action, sc.last_action_at, sc.escalated_at is not null,
                   sc.first_reply_due, sc.first_replied_at, sc.on_site_due, sc.on_site_at
            from service_case sc
            join customer c on c.id = sc.customer_id
            left join service_provider p on p.id = sc.provider_id
            """;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    Customers customers;

    @Inject
    Caller caller;

    @Inject
    Timeline timeline;

    @Inject
    PolicyLookup policies;

    @Inject
    Breaches breaches;

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
    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
    public long open(@NotNull @Valid CaseDraft draft) {
        long customerId = draft.getCustomerId();
        customers.requireVisible(customerId);
        Instant now = clock.instant();
        Object[] customer = (Object[]) em.createNativeQuery(
                        "select suburban, dealer_id, merged_into_id from customer where id = ?")
                .setParameter(1, customerId).getSingleResult();
        if (customer[2] != null) {
            throw new InvalidInput("customerId", "case.error.customerMerged");
        }
        boolean suburban = (Boolean) customer[0];
        Long dealerId = customer[1] == null ? null : ((Number) customer[1]).longValue();
        Long providerId = null;
        String brand = null;
        String line = null;
        Object[] installation = installation(customerId, draft.getInstallationId());
        if (installation != null) {
            dealerId = installation[1] == null ? dealerId : Long.valueOf(((Number) installation[1]).longValue());
            providerId = installation[2] == null ? null : ((Number) installation[2]).longValue();
            brand = (String) installation[3];
            line = (String) installation[4];
        }
        Deadlines deadlines = deadlines(draft.getType(), draft.getSeverity(), suburban, brand, line, now);
        String phone = draft.getCallerPhone() == null || draft.getCallerPhone().isBlank() ? null
                : PhoneNumber.parse(draft.getCallerPhone()).digits();
        ServiceCase serviceCase = new ServiceCase(customerId,
                installation == null ? null : ((Number) installation[0]).longValue(), dealerId, providerId,
                draft.getChannel(), draft.getType(), draft.getSeverity(), phone, draft.getCustomerWords(), suburban,
                brand, line, deadlines, now, actor());
        em.persist(serviceCase);
        em.flush();
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
    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
    public void answerOnPhone(long caseId, String answer) {
        ServiceCase serviceCase = find(caseId);
        CaseStatus from = serviceCase.getStatus();
        serviceCase.answerOnPhone(answer, clock.instant());
        record(serviceCase, null, CaseAction.ANSWERED, from.name(), serviceCase.getStatus().name(), answer);
        flush(caseId);
    }

    /** The agent checked the returned order: accepted, the customer is asked to accept; refused, dispatch again. */
    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
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
    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
    public void followUpAnswered(long caseId, long followUpId, boolean satisfied, String note) {
        ServiceCase serviceCase = find(caseId);
        CaseStatus from = serviceCase.getStatus();
        CaseStatus to = serviceCase.followUpAnswered(satisfied, clock.instant());
        record(serviceCase, null, satisfied ? CaseAction.FOLLOW_UP_SATISFIED : CaseAction.FOLLOW_UP_UNSATISFIED,
                from == to ? null : from.name(), from == to ? null : to.name(), "#" + followUpId + " " + note);
        flush(caseId);
    }

    /** 责任界定 by a supervisor; without a bearer named, the responsibility's default bearer pays. */
    @Secured({Role.SUPERVISOR, Role.ADMIN})
    public void judge(long caseId, @NotNull Responsibility responsibility, CostBearer bearer, String note) {
        ServiceCase serviceCase = find(caseId);
        serviceCase.judge(responsibility, bearer, note, actor(), clock.instant());
        record(serviceCase, null, CaseAction.JUDGED, null, null,
                responsibility.name() + " / " + serviceCase.getCostBearer().name() + (note == null ? "" : ": " + note));
        flush(caseId);
    }

    /** The customer accepted the result (the follow-up call asks): the case closes. */
    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
    public void customerAccepted(long caseId, String note) {
        ServiceCase serviceCase = find(caseId);
        CaseStatus from = serviceCase.getStatus();
        serviceCase.customerAccepted(clock.instant());
        record(serviceCase, null, CaseAction.CUSTOMER_ACCEPTED, from.name(), serviceCase.getStatus().name(), note);
        flush(caseId);
    }

    /** The customer did not accept the result: back to dispatch. */
    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
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
    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
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
            em.flush();
            BreachTimeline.write(timeline, breaches.recordLate(caseId, now), now);
        }
        flush(caseId);
    }

    public CaseDetail detail(long caseId) {
        requireVisible(caseId);
        Object[] r = (Object[]) em.createNativeQuery("""
                        select sc.id, sc.customer_id, c.name, region_address(c.region_code) || coalesce(' ' || c.street, ''),
                               sc.suburban, sc.installation_id, sc.dealer_id, d.name, sc.provider_id, p.name, sc.channel,
                               sc.case_type, sc.severity, sc.status, sc.caller_phone, sc.customer_words, sc.answer,
                               sc.opened_at, sc.opened_by, sc.first_reply_due, sc.first_reply_policy_id,
                               sc.first_replied_at, sc.on_site_due, sc.on_site_policy_id, sc.on_site_at,
                               sc.escalated_at, sc.responsibility, sc.cost_bearer, sc.responsibility_note, sc.judged_by,
                               sc.judged_at, sc.customer_accepted_at, sc.closed_at, sc.reopen_count, sc.last_action,
                               sc.last_action_at, sc.brand, sc.product_line, sc.version
                        from service_case sc
                        join customer c on c.id = sc.customer_id
                        left join dealer d on d.id = sc.dealer_id
                        left join service_provider p on p.id = sc.provider_id
                        where sc.id = ?""")
                .setParameter(1, caseId).getSingleResult();
        String status = (String) r[13];
        return new CaseDetail(id(r[0]), id(r[1]), (String) r[2], (String) r[3], (Boolean) r[4], nullableId(r[5]),
                nullableId(r[6]), (String) r[7], nullableId(r[8]), (String) r[9], (String) r[10], (String) r[11],
                (String) r[12], status, (String) r[14], (String) r[15], (String) r[16], instant(r[17]), (String) r[18],
                instant(r[19]), nullableId(r[20]), instant(r[21]), instant(r[22]), nullableId(r[23]), instant(r[24]),
                instant(r[25]), (String) r[26], (String) r[27], (String) r[28], (String) r[29], instant(r[30]),
                instant(r[31]), instant(r[32]), ((Number) r[33]).intValue(), (String) r[34], instant(r[35]),
                (String) r[36], (String) r[37], ((Number) r[38]).longValue(),
                SlaBadge.of("CLOSED".equals(status), instant(r[19]), instant(r[21]), instant(r[22]), instant(r[24]),
                        clock.instant()));
    }

    public List<HistoryEntry> history(long caseId) {
        requireVisible(caseId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select occurred_at, actor, action, from_status, to_status, order_id, note
                        from case_history where case_id = ? order by occurred_at, id""")
                .setParameter(1, caseId).getResultList();
        return rows.stream().map(r -> new HistoryEntry(instant(r[0]), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], nullableId(r[5]), (String) r[6])).toList();
    }

    /** A page of the caller's cases, filtered, sorted and paged by the database; newest first unless sorted otherwise. */
    public List<CaseRow> list(CaseFilter filter, int first, int max, String sortField, boolean ascending) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        // Without a sortable column named, the newest first: what every case list opens with.
        boolean named = sortField != null && SORTS.containsKey(sortField);
        String column = named ? SORTS.get(sortField) : "sc.opened_at";
        String direction = named && ascending ? " asc" : " desc";
        parameters.add(Math.max(1, Math.min(max, 200)));
        parameters.add(Math.max(0, first));
        // The page's ids first, from an index alone where V7 has one, then only those cases read and joined. In one
        // go every matching case was read before the sort kept 20 (the cases of a name prefix's customers: p95 110 ms
        // at 2,000,000 cases, now 17 ms; CaseListBenchmark).
        String order = " order by " + column + direction + ", sc.id" + direction;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = SqlValues.bind(em.createNativeQuery(ROW_COLUMNS + " where sc.id in (select sc.id from service_case sc "
                + (nameJoined(filter) ? "join customer c on c.id = sc.customer_id " : "") + where + order
                + " limit ? offset ?)" + order), parameters).getResultList();
        Instant now = clock.instant();
        return rows.stream().map(r -> new CaseRow(id(r[0]), instant(r[1]), id(r[2]), (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], instant(r[10]), (Boolean) r[11],
                SlaBadge.of("CLOSED".equals(r[6]), instant(r[12]), instant(r[13]), instant(r[14]), instant(r[15]), now)))
                .toList();
    }

    /** How many cases match, counted up to {@link #COUNT_CAP} + 1. */
    public long count(CaseFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        parameters.add(COUNT_CAP + 1);
        return ((Number) SqlValues.bind(em.createNativeQuery("select count(*) from (select 1 from service_case sc "
                + (nameJoined(filter) ? "join customer c on c.id = sc.customer_id " : "")
                + where + " limit ?) hits"), parameters).getSingleResult()).longValue();
    }

    /** Whether the filter's condition names {@code c}, the case's customer, which then has to be joined. */
    private static boolean nameJoined(CaseFilter filter) {
        String text = filter.getText();
        return text != null && !text.matches("\\d{1,18}") && text.codePointCount(0, text.length()) == 1;
    }

    /** Escalations not yet acknowledged, newest first (supervisors). */
    @Secured({Role.SUPERVISOR, Role.ADMIN})
    public List<Escalation> openEscalations(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select e.id, e.case_id, e.reason, e.escalated_at, c.name, sc.case_type, sc.severity, sc.status, p.name
                        from case_escalation e
                        join service_case sc on sc.id = e.case_id
                        join customer c on c.id = sc.customer_id
                        left join service_provider p on p.id = sc.provider_id
                        where e.acknowledged_at is null
                        order by e.escalated_at desc, e.id desc limit ?""")
                .setParameter(1, Math.max(1, Math.min(max, 200))).getResultList();
        return rows.stream().map(r -> new Escalation(id(r[0]), id(r[1]), (String) r[2], instant(r[3]), (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (String) r[8])).toList();
    }

    @Secured({Role.SUPERVISOR, Role.ADMIN})
    public void acknowledge(long escalationId) {
        int updated = em.createNativeQuery("""
                        update case_escalation set acknowledged_by = ?, acknowledged_at = ?
                        where id = ? and acknowledged_at is null""")
                .setParameter(1, actor()).setParameter(2, clock.instant()).setParameter(3, escalationId)
                .executeUpdate();
        if (updated == 0) {
            throw new NotFound("escalation " + escalationId);
        }
    }

    private String where(CaseFilter filter, List<Object> parameters) {
        CaseScope scope = scope();
        StringBuilder where = new StringBuilder(" where ").append(scope.condition());
        if (scope.parameter() != null) {
            parameters.add(scope.parameter());
        }
        switch (filter.getStage()) {
            case OPEN -> where.append(" and sc.status <> 'CLOSED'");
            case CLOSED -> where.append(" and sc.status = 'CLOSED'");
            default -> { }
        }
        if (filter.getStatus() != null) {
            where.append(" and sc.status = ?");
            parameters.add(filter.getStatus());
        }
        if (filter.getType() != null) {
            where.append(" and sc.case_type = ?");
            parameters.add(filter.getType());
        }
        if (filter.getSeverity() != null) {
            where.append(" and sc.severity = ?");
            parameters.add(filter.getSeverity());
        }
        if (filter.isEscalatedOnly()) {
            where.append(" and sc.escalated_at is not null");
        }
        if (filter.isOverdueOnly()) {
            where.append(" and sc.status <> 'CLOSED' and ((sc.first_replied_at is null and sc.first_reply_due < ?)"
                    + " or (sc.on_site_at is null and sc.on_site_due < ?))");
            Instant now = clock.instant();
            parameters.add(java.sql.Timestamp.from(now));
            parameters.add(java.sql.Timestamp.from(now));
        }
        if (filter.getCustomerId() != null) {
            where.append(" and sc.customer_id = ?");
            parameters.add(filter.getCustomerId());
        }
        if (filter.getProviderId() != null) {
            where.append(" and sc.provider_id = ?");
            parameters.add(filter.getProviderId());
        }
        if (filter.getText() != null) {
            String namePrefix = filter.getText().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            if (filter.getText().matches("\\d{1,18}")) {
                where.append(" and sc.id = ?");
                parameters.add(Long.parseLong(filter.getText()));
            } else if (nameJoined(filter)) {
                // One character, a surname tens of thousands share: the newest cases filtered by it find a page first.
                where.append(" and c.name like ? and c.merged_into_id is null");
                parameters.add(namePrefix);
            } else {
                // Longer, a few hundred customers: those first, then their cases (V7's customer indexes). Left to
                // itself the planner expects cases of every customer found (most have none) and often scanned the
                // newest cases instead, reading 24,000 for 20 (140 ms).
                where.append(" and sc.customer_id = any(array(select c.id from customer c"
                        + " where c.name like ? and c.merged_into_id is null))");
                parameters.add(namePrefix);
            }
        }
        return where.toString();
    }

    /** The clocks of a case opened (or reopened) now: none for a consultation. */
    private Deadlines deadlines(CaseType type, Severity severity, boolean suburban, String brand, String line, Instant now) {
        if (type == CaseType.CONSULTATION) {
            return null;
        }
        PolicyVersion reply = policies.inForce(SlaClock.FIRST_REPLY, brand, line, type, now);
        PolicyVersion onSite = policies.inForce(SlaClock.onSiteKey(severity, suburban), brand, line, type, now);
        return new Deadlines(SlaClock.due(now, reply.value(), reply.unit()), reply.id(),
                SlaClock.due(now, onSite.value(), onSite.unit()), onSite.id());
    }

    /** The installation the case is about: the one named (it must be the customer's) or the customer's latest. */
    private Object[] installation(long customerId, Long installationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select i.id, i.dealer_id, i.provider_id, p.brand, p.product_line
                        from installation_archive i
                        left join installation_line l on l.installation_id = i.id and l.line_no = 1
                        left join product p on p.id = l.product_id
                        where i.customer_id = ? and (cast(? as bigint) is null or i.id = cast(? as bigint))
                        order by i.installed_on desc, i.id desc limit 1""")
                .setParameter(1, customerId).setParameter(2, installationId).setParameter(3, installationId)
                .getResultList();
        if (rows.isEmpty() && installationId != null) {
            throw new InvalidInput("installationId", "case.error.installationOfOtherCustomer");
        }
        return rows.isEmpty() ? null : rows.get(0);
    }

    private void escalate(long caseId, String reason, Instant now) {
        em.createNativeQuery("insert into case_escalation (case_id, reason, escalated_at) values (?, ?, ?)")
                .setParameter(1, caseId).setParameter(2, reason).setParameter(3, java.sql.Timestamp.from(now)).executeUpdate();
    }

    private ServiceCase find(long caseId) {
        requireVisible(caseId);
        ServiceCase serviceCase = em.find(ServiceCase.class, caseId);
        if (serviceCase == null) {
            throw new NotFound("case " + caseId);
        }
        return serviceCase;
    }

    private void flush(long caseId) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange("case " + caseId);
        }
    }

    private static void requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw new InvalidInput("note", "validation.required");
        }
    }

    private void record(ServiceCase serviceCase, Long orderId, CaseAction action, String from, String to, String note) {
        Instant now = clock.instant();
        em.persist(new CaseHistory(serviceCase.getId(), orderId, now, actor(), action, from, to, note));
        timeline.append(serviceCase.getCustomerId(), action.timelineKind(),
                "#" + serviceCase.getId() + (note == null || note.isBlank() ? "" : " " + note), "CASE", serviceCase.getId());
    }

    private static String summary(ServiceCase serviceCase) {
        String words = serviceCase.getCustomerWords();
        return words.length() <= 200 ? words : words.substring(0, 200) + "…";
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static Long nullableId(Object value) {
        return value == null ? null : ((Number) value).longValue();
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
