package com.aftersales.crm.web.followup;

import com.aftersales.crm.followup.boundary.ItemDetail;
import com.aftersales.crm.followup.boundary.ItemRow;
import com.aftersales.crm.followup.boundary.UnsatisfiedItems;
import com.aftersales.crm.followup.entity.ItemStatus;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.PagedRows;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Instant;

/**
 * 回访不满意跟进: a provider's items (only its own) or, for supervisors, everyone's; the provider replies with its
 * handling and the result within the deadline shown; each round stays visible with its answer and reply.
 */
@Named
@ViewScoped
public class ItemListView implements Serializable {

    @Inject
    UnsatisfiedItems items;

    private ItemStatus status = ItemStatus.AWAITING_REPLY;
    private boolean overdueOnly;
    private LazyDataModel<ItemRow> rows;
    private ItemDetail selected;
    private String handling;
    private String result;

    public void open(long itemId) {
        selected = items.detail(itemId);
        handling = null;
        result = null;
    }

    @Refusals(form = "itemForm", labels = "followup.item.field.", concurrent = "followup.item.error.notAwaitingReply", illegal = "followup.item.error.notAwaitingReply")
    public void reply() {
        items.reply(selected.item().id(), handling, result);
        Messages.info("followup.item.replied");
        PrimeFaces.current().executeScript("PF('itemDialog').hide()");
        selected = null;
    }

    public boolean overdue(ItemRow row) {
        return row.overdue(Instant.now());
    }

    public LazyDataModel<ItemRow> getRows() {
        if (rows == null) {
            rows = new PagedRows<>(() -> items.count(status, overdueOnly),
                    (first, max, sortField, ascending) -> items.list(status, overdueOnly, first, max), ItemRow::id, "replyDue");
        }
        return rows;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public void setStatus(ItemStatus status) {
        this.status = status;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public ItemDetail getSelected() {
        return selected;
    }

    public String getHandling() {
        return handling;
    }

    public void setHandling(String handling) {
        this.handling = handling;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }
}
