package com.aftersales.crm.web.servicecase;

import com.aftersales.crm.dispatch.boundary.DispatchOrders;
import com.aftersales.crm.dispatch.entity.OrderFilter;
import com.aftersales.crm.dispatch.entity.OrderRow;
import com.aftersales.crm.dispatch.boundary.ReturnDraft;
import com.aftersales.crm.dispatch.entity.CustomerOpinion;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The provider's dispatch orders (a provider user sees only its own): accept, confirm the visit with the customer,
 * arrive, complete and return them; "overdue only" shows what needs doing first.
 */
@Named
@ViewScoped
public class OrderListView implements Serializable {

    @Inject
    DispatchOrders orders;

    private final OrderFilter filter = new OrderFilter();
    private LazyDataModel<OrderRow> rows;
    private Long selectedId;
    private LocalDateTime visitAt;
    private ReturnDraft returned = new ReturnDraft();

    @PostConstruct
    void init() {
        rows = new PagedRows<>(new PagedRows.Source<>() {
            @Override
            public long count() {
                return orders.count(filter);
            }

            @Override
            public List<OrderRow> page(int first, int max, String sortField, boolean ascending) {
                return orders.list(filter, first, max);
            }
        }, OrderRow::id, "visit");
    }

    public void accept(long orderId) {
        act(orderId, () -> orders.accept(orderId));
    }

    public void arrive(long orderId) {
        act(orderId, () -> orders.arrive(orderId));
    }

    public void complete(long orderId) {
        act(orderId, () -> orders.complete(orderId));
    }

    public void startSchedule(long orderId) {
        selectedId = orderId;
        visitAt = null;
    }

    public void schedule() {
        if (act(selectedId, () -> orders.schedule(selectedId, visitAt))) {
            PrimeFaces.current().executeScript("PF('scheduleDialog').hide()");
        }
    }

    public void startReturn(long orderId) {
        selectedId = orderId;
        returned = new ReturnDraft();
    }

    public void returnOrder() {
        try {
            orders.returnOrder(selectedId, returned);
            Messages.info("dispatch.done", selectedId);
            PrimeFaces.current().executeScript("PF('returnDialog').hide()");
        } catch (InvalidInput invalid) {
            Messages.fieldError("returnForm:" + invalid.field(), "dispatch.field." + invalid.field(), invalid.messageKey());
        } catch (IllegalTransition | ConcurrentChange | NotFound refused) {
            refused(refused);
        }
    }

    private boolean act(long orderId, Runnable action) {
        try {
            action.run();
            Messages.info("dispatch.done", orderId);
            return true;
        } catch (InvalidInput invalid) {
            Messages.error(invalid.messageKey());
        } catch (IllegalTransition | ConcurrentChange | NotFound refused) {
            refused(refused);
        }
        return false;
    }

    private static void refused(RuntimeException refused) {
        if (refused instanceof IllegalTransition illegal) {
            Messages.error("case.error.illegalTransition", Messages.text("dispatch.status." + illegal.from()),
                    Messages.text("case.error.subject.order"), Messages.text("dispatch.action." + illegal.action()));
        } else if (refused instanceof NotFound) {
            Messages.error("error.404.text");
        } else {
            Messages.error("error.concurrentChange");
        }
    }

    public CustomerOpinion[] getOpinions() {
        return CustomerOpinion.values();
    }

    public OrderFilter getFilter() {
        return filter;
    }

    public LazyDataModel<OrderRow> getRows() {
        return rows;
    }

    public LocalDateTime getVisitAt() {
        return visitAt;
    }

    public void setVisitAt(LocalDateTime visitAt) {
        this.visitAt = visitAt;
    }

    public ReturnDraft getReturned() {
        return returned;
    }
}
