package com.aftersales.crm.web.api;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.dispatch.boundary.DispatchOrders;
import com.aftersales.crm.dispatch.entity.OrderFilter;
import com.aftersales.crm.dispatch.entity.OrderRow;
import com.aftersales.crm.dispatch.boundary.ReturnDraft;
import com.aftersales.crm.dispatch.entity.DispatchStatus;
import com.aftersales.crm.servicecase.boundary.ServiceCases;
import com.aftersales.crm.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

import java.time.LocalDateTime;
import java.util.List;

/**
 * Dispatch orders (派工单) as the provider works them — accept, schedule the visit with the customer, arrive, complete,
 * return — and as the service department follows them (cancel, check). A provider reaches only its own orders
 * (another's is "not found"); the service department reaches every order and may record a provider's step on its
 * behalf (a technician who phones in). Dealers follow orders on the case page ({@code GET /cases/{id}}).
 */
@Path("dispatch-orders")
@RequestScoped
@Allowed(Duty.DISPATCH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@EmptyBodyAsNull
public class DispatchOrderResource {

    /** A page of orders; {@code count} stops at {@link ServiceCases#COUNT_CAP}, {@code capped} says there are more. */
    public record Page(long count, boolean capped, List<OrderRow> rows) {
    }

    /** The visit confirmed with the customer: at the agreed time (no body, or no visitAt) or at this one, China time. */
    public record Schedule(LocalDateTime visitAt) {
    }

    @Inject
    DispatchOrders orders;

    @GET
    @Operation(summary = "The caller's orders (a provider its own), soonest visit first",
            description = "liveOnly (default true: not returned or cancelled), status by code, overdue only (visit, "
                    + "first reply or on-site clock missed), one provider (service department). max at most 200.")
    public Page list(@QueryParam("liveOnly") @DefaultValue("true") boolean liveOnly, @QueryParam("status") String status,
                     @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                     @QueryParam("providerId") Long providerId, @QueryParam("first") @DefaultValue("0") int first,
                     @QueryParam("max") @DefaultValue("50") int max) {
        CaseResource.requirePage(first, max);
        OrderFilter filter = new OrderFilter();
        filter.setLiveOnly(liveOnly);
        DispatchStatus code = CaseResource.code("status", status, DispatchStatus.class);
        filter.setStatus(code == null ? null : code.name());
        filter.setOverdueOnly(overdue);
        filter.setProviderId(providerId);
        long count = orders.count(filter);
        return new Page(Math.min(count, ServiceCases.COUNT_CAP), count > ServiceCases.COUNT_CAP,
                orders.list(filter, first, max));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One order: customer, address, visit time and tolerance, crew, the technician's report")
    public OrderRow get(@PathParam("id") long id) {
        return orders.detail(id);
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accept the order (接单)")
    public OrderRow accept(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return step(id, ifMatch, () -> orders.accept(id));
    }

    @POST
    @Path("{id}/schedule")
    @Operation(summary = "The visit confirmed with the customer (预约): the provider's first reply")
    public OrderRow schedule(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           Schedule schedule) {
        return step(id, ifMatch, () -> orders.schedule(id, schedule == null ? null : schedule.visitAt()));
    }

    @POST
    @Path("{id}/arrival")
    @Operation(summary = "The technician is on site (到场): the on-site clock stops")
    public OrderRow arrive(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return step(id, ifMatch, () -> orders.arrive(id));
    }

    @POST
    @Path("{id}/completion")
    @Operation(summary = "The work is done (完工)")
    public OrderRow complete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return step(id, ifMatch, () -> orders.complete(id));
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Return the order (回单) with the customer's opinion, the handling and the materials used")
    public OrderRow returnOrder(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ReturnDraft returned) {
        InvalidBody.require(returned);
        return step(id, ifMatch, () -> orders.returnOrder(id, returned));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Withdraw the order before the visit, with the reason (agent, supervisor, admin)")
    public OrderRow cancel(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CaseResource.Note note) {
        visibleThenRole(id, Duty.CALL_CENTRE);
        return step(id, ifMatch, () -> orders.cancel(id, note == null ? null : note.note()));
    }

    @POST
    @Path("{id}/check")
    @Operation(summary = "Check the returned order (agent, supervisor, admin): accepted, the customer is asked to "
            + "accept; refused, the case waits for another dispatch")
    public OrderRow check(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CaseResource.Check check) {
        visibleThenRole(id, Duty.CALL_CENTRE);
        if (check == null || check.accepted() == null) {
            throw new InvalidInput("accepted", "validation.required");
        }
        return step(id, ifMatch, () -> orders.check(id, check.accepted(), check.note()));
    }

    /** 404 for an order outside the caller's scope, then 403 for a role that may not act on it. */
    private void visibleThenRole(long id, Duty duty) {
        orders.detail(id);
        RoleCheck.require(duty);
    }

    /** A step on an order the caller may see (412 for an If-Match that is not its version): the order after the step. */
    private OrderRow step(long id, String ifMatch, Runnable step) {
        Versions.ifMatch(ifMatch, () -> orders.detail(id).version(), null);
        step.run();
        return orders.detail(id);
    }
}
