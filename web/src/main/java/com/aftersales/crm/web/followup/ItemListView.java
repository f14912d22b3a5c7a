package com.aftersales.crm.web.followup;

import com.aftersales.crm.followup.boundary.ItemDetail;
import com.aftersales.crm.followup.boundary.UnsatisfiedItems;
import com.aftersales.crm.followup.entity.ItemRow;
import com.aftersales.crm.followup.entity.ItemStatus;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.PagedRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

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

    public void reply() {
        try {
            items.reply(selected.item().id(), handling, result);
            Messages.info("followup.item.replied");
            PrimeFaces.current().executeScript("PF('itemDialog').hide()");
            selected = null;
        } catch (InvalidInput invalid) {
            Messages.fieldError("itemForm:" + invalid.field(), "followup.item.field." + invalid.field(), invalid.messageKey());
        } catch (IllegalTransition | ConcurrentChange refused) {
            Messages.error("followup.item.error.notAwaitingReply");
        }
    }

    public boolean overdue(ItemRow row) {
        return row.overdue(Instant.now());
    }

    public LazyDataModel<ItemRow> getRows() {
        if (rows == null) {
            rows = new PagedRows<>(new PagedRows.Source<>() {
                @Override
                public long count() {
                    return items.count(status, overdueOnly);
                }

                @Override
                public List<ItemRow> page(int first, int max, String sortField, boolean ascending) {
                    return items.list(status, overdueOnly, first, max);
                }
            }, ItemRow::id, "replyDue");
        }
        return rows;
    }

    public ItemStatus[] getStatuses() {
        return ItemStatus.values();
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
