package com.aftersales.crm.dispatch.boundary;

import com.aftersales.crm.dispatch.entity.DispatchOrder;
import com.aftersales.crm.dispatch.entity.DispatchStatus;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.provider.boundary.Crews;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.servicecase.entity.CaseDetail;
import com.aftersales.crm.servicecase.boundary.ServiceCases;
import com.aftersales.crm.servicecase.entity.SlaBadge;
import com.aftersales.crm.servicecase.entity.CaseAction;
import com.aftersales.crm.shared.CaseType;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.shared.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static com.aftersales.crm.shared.SqlValues.instant;

/**
 * Dispatch orders: the agent sends one to a provider and its technicians at the time agreed with the customer; the
 * provider accepts it, confirms the visit with the customer, arrives, completes and returns it; the agent checks
 * it. A provider user reaches only its own orders (another's id is "not found"); the service department may
 * record each step on the provider's behalf (a technician who phones in). Each step moves the case along with it.
 */
@Stateless
@Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.PROVIDER, Role.DEALER})
public class DispatchOrders {

    /** The tolerance on the visit time promised to the customer (manual: half an hour). */
    public static final String VISIT_TOLERANCE = "dispatch.visit-tolerance";

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final String ROW_COLUMNS = """
            select o.id, o.case_id, c.name,
                   (select ph.number from customer_phone ph where ph.customer_id = c.id order by ph.position limit 1),
                   region_address(c.region_code) || coalesce(' ' || c.street, ''), sc.case_type, sc.severity, o.status,
                   o.repair, o.agreed_visit_at, o.tolerance_minutes, o.sent_at, p.name,
                   (select string_agg(t.certificate_level || '|' || t.name, chr(31) order by t.name)
                    from dispatch_technician dt join technician t on t.id = dt.technician_id where dt.order_id = o.id),
                   o.on_site_at, o.punctual, o.customer_opinion, o.customer_remarks, o.handling, o.materials,
                   o.returned_at, o.checked_by, o.instructions, sc.status,
                   sc.first_reply_due, sc.first_replied_at, sc.on_site_due, sc.on_site_at
            from dispatch_order o
            join service_case sc on sc.id = o.case_id
            join customer c on c.id = sc.customer_id
            join service_provider p on p.id = o.provider_id
            """;

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceCases cases;

    @Inject
    Crews crews;

    @Inject
    PolicyLookup policies;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<VisitCompleted> completed;

    /**
     * Sends a dispatch order for an open case. The provider must be active; the crew its certified technicians, no
     * trainee or junior alone or on a repair. The visit tolerance is the policy's in force now.
     */
    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
    public long dispatch(long caseId, @NotNull @Valid DispatchDraft draft) {
        CaseDetail serviceCase = cases.detail(caseId);
        Instant now = clock.instant();
        long providerId = draft.getProviderId();
        @SuppressWarnings("unchecked")
        List<Object> status = em.createNativeQuery("select status from service_provider where id = ?")
                .setParameter(1, providerId).getResultList();
        if (status.isEmpty()) {
            throw new InvalidInput("providerId", "validation.required");
        }
        if (!"ACTIVE".equals(status.get(0))) {
            throw new InvalidInput("providerId", "dispatch.error.providerNotActive");
        }
        CaseType type = CaseType.valueOf(serviceCase.type());
        boolean repair = DispatchOrder.repairFor(type, draft.getRepair());
        crews.requireDispatchable(draft.getTechnicianIds(), providerId, repair, LocalDate.now(clock.withZone(CHINA)));
        PolicyVersion tolerance = policies.inForce(VISIT_TOLERANCE, serviceCase.brand(), serviceCase.productLine(), type, now);
        DispatchOrder order = new DispatchOrder(caseId, providerId, draft.getTechnicianIds(), repair,
                draft.getAgreedVisitAt().atZone(CHINA).toInstant(), tolerance.asInt(), tolerance.id(),
                draft.getInstructions(), now, actor());
        em.persist(order);
        em.flush();
        cases.orderProgress(caseId, order.getId(), CaseAction.DISPATCHED, providerId, null, order.getStatus().name(),
                draft.getInstructions());
        return order.getId();
    }

    /** 接单. */
    public void accept(long orderId) {
        step(orderId, CaseAction.ORDER_ACCEPTED, null, order -> order.accept(clock.instant()));
    }

    /** 预约: the provider confirmed the visit with the customer (at the agreed time, or the new one given). */
    public void schedule(long orderId, LocalDateTime visitAt) {
        step(orderId, CaseAction.ORDER_SCHEDULED, visitAt == null ? null : visitAt.toString(),
                order -> order.schedule(visitAt == null ? null : visitAt.atZone(CHINA).toInstant(), clock.instant()));
    }

    /** 到场. */
    public void arrive(long orderId) {
        step(orderId, CaseAction.ORDER_ON_SITE, null, order -> order.arrive(clock.instant()));
    }

    /** 完工. */
    public void complete(long orderId) {
        step(orderId, CaseAction.ORDER_DONE, null, order -> order.complete(clock.instant()));
        completed.fire(new VisitCompleted(orderId, find(orderId).getCaseId()));
    }

    /** 回单. */
    public void returnOrder(long orderId, @NotNull @Valid ReturnDraft draft) {
        step(orderId, CaseAction.ORDER_RETURNED, draft.getHandling(), order -> order.returnOrder(draft.getCustomerOpinion(),
                draft.getCustomerRemarks(), draft.getHandling(), draft.getMaterials(), clock.instant()));
    }

    /** The service department withdraws an order before the visit; the case waits for another dispatch. */
    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
    public void cancel(long orderId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("note", "validation.required");
        }
        step(orderId, CaseAction.ORDER_CANCELLED, reason, order -> order.cancel(clock.instant()));
    }

    /** The agent checks the returned order: accepted, the customer is asked to accept; refused, dispatch again. */
    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
    public void check(long orderId, boolean accepted, String note) {
        DispatchOrder order = find(orderId);
        order.check(actor(), clock.instant());
        flush(orderId);
        cases.check(order.getCaseId(), accepted, note);
    }

    public OrderRow detail(long orderId) {
        find(orderId);
        List<OrderRow> rows = rows(ROW_COLUMNS + " where o.id = ?", List.of(orderId));
        return rows.get(0);
    }

    /** The orders of a case the caller may see, oldest first. */
    public List<OrderRow> forCase(long caseId) {
        cases.detail(caseId);
        UserPrincipal principal = caller.require();
        List<Object> parameters = new ArrayList<>(List.of(caseId));
        String where = " where o.case_id = ?";
        if (principal.hasRole(Role.PROVIDER) && !headOffice(principal)) {
            where += " and o.provider_id = ?";
            parameters.add(principal.providerId());
        }
        return rows(ROW_COLUMNS + where + " order by o.sent_at, o.id", parameters);
    }

    /** The caller's orders (a provider's own; the service department's all, or one provider's), soonest visit first. */
    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.PROVIDER})
    public List<OrderRow> list(OrderFilter filter, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        parameters.add(Math.max(1, Math.min(max, 200)));
        parameters.add(Math.max(0, first));
        return rows(ROW_COLUMNS + where + " order by o.agreed_visit_at, o.id limit ? offset ?", parameters);
    }

    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.PROVIDER})
    public long count(OrderFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        parameters.add(ServiceCases.COUNT_CAP + 1);
        return ((Number) SqlValues.bind(em.createNativeQuery("select count(*) from (select 1 from dispatch_order o "
                + "join service_case sc on sc.id = o.case_id" + where + " limit ?) hits"), parameters)
                .getSingleResult()).longValue();
    }

    private String where(OrderFilter filter, List<Object> parameters) {
        UserPrincipal principal = caller.require();
        StringBuilder where = new StringBuilder(" where true");
        if (!headOffice(principal)) {
            if (!principal.hasRole(Role.PROVIDER) || principal.providerId() == null) {
                throw new AccessDenied(principal.username() + " has no orders");
            }
            where.append(" and o.provider_id = ?");
            parameters.add(principal.providerId());
        } else if (filter.getProviderId() != null) {
            where.append(" and o.provider_id = ?");
            parameters.add(filter.getProviderId());
        }
        if (filter.isLiveOnly()) {
            where.append(" and o.status not in ('RETURNED', 'CANCELLED')");
        }
        if (filter.getStatus() != null) {
            where.append(" and o.status = ?");
            parameters.add(filter.getStatus());
        }
        if (filter.isOverdueOnly()) {
            Timestamp now = Timestamp.from(clock.instant());
            where.append(" and o.status not in ('RETURNED', 'CANCELLED') and ("
                    + "(o.on_site_at is null and o.agreed_visit_at + make_interval(mins => o.tolerance_minutes) < ?)"
                    + " or (sc.first_replied_at is null and sc.first_reply_due < ?)"
                    + " or (sc.on_site_at is null and sc.on_site_due < ?))");
            parameters.add(now);
            parameters.add(now);
            parameters.add(now);
        }
        return where.toString();
    }

    private void step(long orderId, CaseAction action, String note, Consumer<DispatchOrder> change) {
        DispatchOrder order = find(orderId);
        DispatchStatus from = order.getStatus();
        change.accept(order);
        flush(orderId);
        cases.orderProgress(order.getCaseId(), orderId, action, order.getProviderId(), from.name(),
                order.getStatus().name(), note);
    }

    /** The order, if the caller may act on it: the service department any, a provider its own. */
    private DispatchOrder find(long orderId) {
        DispatchOrder order = em.find(DispatchOrder.class, orderId);
        UserPrincipal principal = caller.require();
        if (order == null || !headOffice(principal)
                && !(principal.hasRole(Role.PROVIDER) && Long.valueOf(order.getProviderId()).equals(principal.providerId()))) {
            throw new NotFound("order " + orderId);
        }
        return order;
    }

    private static boolean headOffice(UserPrincipal principal) {
        return principal.hasAnyRole(Role.AGENT, Role.SUPERVISOR, Role.ADMIN);
    }

    private void flush(long orderId) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange("order " + orderId);
        }
    }

    private String actor() {
        return caller.current().map(UserPrincipal::username).orElse("system");
    }

    private List<OrderRow> rows(String sql, List<Object> parameters) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = SqlValues.bind(em.createNativeQuery(sql), parameters).getResultList();
        Instant now = clock.instant();
        return rows.stream().map(r -> {
            String status = (String) r[7];
            Instant agreed = instant(r[9]);
            int tolerance = ((Number) r[10]).intValue();
            boolean live = !status.equals("RETURNED") && !status.equals("CANCELLED");
            boolean visitLate = live && r[14] == null && now.isAfter(agreed.plusSeconds(60L * tolerance));
            List<CrewMember> crew = CrewMember.parse((String) r[13]);
            return new OrderRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6], status, (Boolean) r[8], agreed, tolerance, instant(r[11]),
                    (String) r[12], CrewMember.legacyText(crew), crew, instant(r[14]), (Boolean) r[15], (String) r[16], (String) r[17],
                    (String) r[18], (String) r[19], instant(r[20]), (String) r[21], (String) r[22], visitLate,
                    SlaBadge.of("CLOSED".equals(r[23]), instant(r[24]), instant(r[25]), instant(r[26]), instant(r[27]), now),
                    SlaBadge.onSite("CLOSED".equals(r[23]), instant(r[26]), instant(r[27]), now));
        }).toList();
    }
}
