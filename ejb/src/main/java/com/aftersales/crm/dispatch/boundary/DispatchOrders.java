package com.aftersales.crm.dispatch.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.dispatch.control.DispatchRecords;
import com.aftersales.crm.dispatch.control.OrderListReadModel;
import com.aftersales.crm.dispatch.entity.DispatchOrder;
import com.aftersales.crm.dispatch.entity.OrderFilter;
import com.aftersales.crm.dispatch.entity.OrderRow;
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
import com.aftersales.crm.servicecase.entity.CaseAction;
import com.aftersales.crm.shared.CaseType;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * Dispatch orders: the agent sends one to a provider and its technicians at the time agreed with the customer; the
 * provider accepts it, confirms the visit with the customer, arrives, completes and returns it; the agent checks
 * it. A provider user reaches only its own orders (another's id is "not found"); the service department may
 * record each step on the provider's behalf (a technician who phones in). Each step moves the case along with it.
 */
@Stateless
@Secured(Duty.CUSTOMER_SERVICE)
public class DispatchOrders {

    /** The tolerance on the visit time promised to the customer (manual: half an hour). */
    public static final String VISIT_TOLERANCE = "dispatch.visit-tolerance";

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The costs a return names, for whoever keeps the case's costs (the chargeback area observes it). */
    @Inject
    Event<OrderReturned> returnedWithCosts;

    @Inject
    DispatchRecords records;

    @Inject
    OrderListReadModel lists;

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
    @Secured(Duty.CALL_CENTRE)
    public long dispatch(long caseId, @NotNull @Valid DispatchDraft draft) {
        CaseDetail serviceCase = cases.detail(caseId);
        Instant now = clock.instant();
        long providerId = draft.getProviderId();
        String status = records.providerStatus(providerId)
                .orElseThrow(() -> new InvalidInput("providerId", "validation.required"));
        if (!"ACTIVE".equals(status)) {
            throw new InvalidInput("providerId", "dispatch.error.providerNotActive");
        }
        CaseType type = CaseType.valueOf(serviceCase.type());
        boolean repair = DispatchOrder.repairFor(type, draft.getRepair());
        crews.requireDispatchable(draft.getTechnicianIds(), providerId, repair, LocalDate.now(clock.withZone(CHINA)));
        PolicyVersion tolerance = policies.inForce(VISIT_TOLERANCE, serviceCase.brand(), serviceCase.productLine(), type, now);
        DispatchOrder order = new DispatchOrder(caseId, providerId, draft.getTechnicianIds(), repair,
                draft.getAgreedVisitAt().atZone(CHINA).toInstant(), tolerance.asInt(), tolerance.id(),
                draft.getInstructions(), now, actor());
        records.add(order);
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
        if (draft.getMaterialsCost() != null || draft.getLabourCost() != null) {
            returnedWithCosts.fire(new OrderReturned(orderId, find(orderId).getCaseId(), draft.getMaterialsCost(),
                    draft.getLabourCost()));
        }
    }

    /** The service department withdraws an order before the visit; the case waits for another dispatch. */
    @Secured(Duty.CALL_CENTRE)
    public void cancel(long orderId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("note", "validation.required");
        }
        step(orderId, CaseAction.ORDER_CANCELLED, reason, order -> order.cancel(clock.instant()));
    }

    /** The agent checks the returned order: accepted, the customer is asked to accept; refused, dispatch again. */
    @Secured(Duty.CALL_CENTRE)
    public void check(long orderId, boolean accepted, String note) {
        DispatchOrder order = find(orderId);
        order.check(actor(), clock.instant());
        flush(orderId);
        cases.check(order.getCaseId(), accepted, note);
    }

    public OrderRow detail(long orderId) {
        find(orderId);
        return lists.detail(orderId, clock.instant());
    }

    /** The orders of a case the caller may see, oldest first. */
    public List<OrderRow> forCase(long caseId) {
        cases.detail(caseId);
        UserPrincipal principal = caller.require();
        Long providerOnly = principal.hasRole(Role.PROVIDER) && !headOffice(principal) ? principal.providerId() : null;
        return lists.forCase(caseId, providerOnly, clock.instant());
    }

    /** The caller's orders (a provider's own; the service department's all, or one provider's), soonest visit first. */
    @Secured(Duty.DISPATCH)
    public List<OrderRow> list(OrderFilter filter, int first, int max) {
        return lists.list(filter, providerScope(filter), Math.max(0, first), Math.max(1, Math.min(max, 200)), clock.instant());
    }

    @Secured(Duty.DISPATCH)
    public long count(OrderFilter filter) {
        return lists.count(filter, providerScope(filter), ServiceCases.COUNT_CAP + 1, clock.instant());
    }

    /** The one provider whose orders a list may show: the caller's own, or the one the service department chose. */
    private Long providerScope(OrderFilter filter) {
        UserPrincipal principal = caller.require();
        if (!headOffice(principal)) {
            if (!principal.hasRole(Role.PROVIDER) || principal.providerId() == null) {
                throw new AccessDenied(principal.username() + " has no orders");
            }
            return principal.providerId();
        }
        return filter.getProviderId();
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
        DispatchOrder order = records.find(orderId);
        UserPrincipal principal = caller.require();
        if (!headOffice(principal)
                && !(principal.hasRole(Role.PROVIDER) && Long.valueOf(order.getProviderId()).equals(principal.providerId()))) {
            throw new NotFound("order " + orderId);
        }
        return order;
    }

    private static boolean headOffice(UserPrincipal principal) {
        return principal.can(Duty.CALL_CENTRE);
    }

    private void flush(long orderId) {
        records.save(orderId);
    }

    private String actor() {
        return caller.current().map(UserPrincipal::username).orElse("system");
    }
}
