package com.aftersales.crm.web.followup;

import com.aftersales.crm.followup.boundary.ItemDetail;
import com.aftersales.crm.followup.boundary.UnsatisfiedItems;
import com.aftersales.crm.followup.entity.ItemRow;
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
import lombok.Getter;

/**
 * 回访不满意跟进: a provider's items (only its own) or, for supervisors, everyone's; the provider replies with its
 * handling and the result within the deadline shown; each round stays visible with its answer and reply.
 */
@Named
@ViewScoped
public class ItemListView implements Serializable {

    @Inject
    UnsatisfiedItems items;

    @Getter private final ItemFilter filter = new ItemFilter();
    private LazyDataModel<ItemRow> rows;
    /** The item open in the dialog and the reply being written, or null while none is. */
    @Getter private ItemReplyForm form;

    public void open(long itemId) {
        form = new ItemReplyForm(items.detail(itemId));
    }

    @Refusals(form = "itemForm", labels = "followup.item.field.", concurrent = "followup.item.error.notAwaitingReply", illegal = "followup.item.error.notAwaitingReply")
    public void reply() {
        items.reply(form.getDetail().item().id(), form.getHandling(), form.getResult());
        Messages.info("followup.item.replied");
        PrimeFaces.current().executeScript("PF('itemDialog').hide()");
        form = null;
    }

    public boolean overdue(ItemRow row) {
        return row.overdue(Instant.now());
    }

    public LazyDataModel<ItemRow> getRows() {
        if (rows == null) {
            rows = new PagedRows<>(() -> items.count(filter.getStatus(), filter.isOverdueOnly()),
                    (first, max, sortField, ascending) -> items.list(filter.getStatus(), filter.isOverdueOnly(), first, max), ItemRow::id, "replyDue");
        }
        return rows;
    }
}
