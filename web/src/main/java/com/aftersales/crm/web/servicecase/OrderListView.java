package com.aftersales.crm.web.servicecase;

import com.aftersales.crm.dispatch.boundary.DispatchOrders;
import com.aftersales.crm.dispatch.entity.OrderFilter;
import com.aftersales.crm.dispatch.entity.OrderRow;
import com.aftersales.crm.dispatch.boundary.ReturnDraft;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.PagedRows;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDateTime;
import lombok.Getter;
import lombok.Setter;

/**
 * The provider's dispatch orders (a provider user sees only its own): accept, confirm the visit with the customer,
 * arrive, complete and return them; "overdue only" shows what needs doing first.
 */
@Named
@ViewScoped
public class OrderListView implements Serializable {

    @Inject
    DispatchOrders orders;

    @Getter private final OrderFilter filter = new OrderFilter();
    @Getter private LazyDataModel<OrderRow> rows;
    private Long selectedId;
    @Getter @Setter private LocalDateTime visitAt;
    @Getter private ReturnDraft returned = new ReturnDraft();

    @PostConstruct
    void init() {
        rows = new PagedRows<>(() -> orders.count(filter),
                (first, max, sortField, ascending) -> orders.list(filter, first, max), OrderRow::id, "visit");
    }

    @Refusals(steps = "case", notFound = "error.404.text")
    public void accept(long orderId) {
        act(orderId, () -> orders.accept(orderId));
    }

    @Refusals(steps = "case", notFound = "error.404.text")
    public void arrive(long orderId) {
        act(orderId, () -> orders.arrive(orderId));
    }

    @Refusals(steps = "case", notFound = "error.404.text")
    public void complete(long orderId) {
        act(orderId, () -> orders.complete(orderId));
    }

    public void startSchedule(long orderId) {
        selectedId = orderId;
        visitAt = null;
    }

    @Refusals(steps = "case", notFound = "error.404.text")
    public void schedule() {
        act(selectedId, () -> orders.schedule(selectedId, visitAt));
        PrimeFaces.current().executeScript("PF('scheduleDialog').hide()");
    }

    public void startReturn(long orderId) {
        selectedId = orderId;
        returned = new ReturnDraft();
    }

    @Refusals(form = "returnForm", labels = "dispatch.field.", steps = "case", notFound = "error.404.text")
    public void returnOrder() {
        orders.returnOrder(selectedId, returned);
        Messages.info("dispatch.done", selectedId);
        PrimeFaces.current().executeScript("PF('returnDialog').hide()");
    }

    private static void act(long orderId, Runnable action) {
        action.run();
        Messages.info("dispatch.done", orderId);
    }
}
