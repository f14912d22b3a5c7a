package com.aftersales.crm.web.information;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.customer.boundary.CustomerRow;
import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.information.boundary.InformationDraft;
import com.aftersales.crm.information.boundary.InformationItems;
import com.aftersales.crm.information.entity.InformationRow;
import com.aftersales.crm.information.entity.Direction;
import com.aftersales.crm.information.entity.InformationCategory;
import com.aftersales.crm.information.entity.Urgency;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.web.security.CurrentUser;
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
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * 市场信息反馈 for both sides: a network point files items and answers those the department sent it; the department
 * answers the points' items and sends its own. Each side sees who owes the answer and by when.
 */
@Named
@ViewScoped
public class InformationView implements Serializable {

    @Inject
    InformationItems items;

    @Inject
    Customers customers;

    @Inject
    CurrentUser currentUser;

    @Getter private final InformationFilter filter = new InformationFilter();
    private LazyDataModel<InformationRow> rows;
    @Getter private InformationDraft draft;
    @Getter private InformationRow selected;
    @Getter @Setter private String answer;

    public void startNew() {
        draft = new InformationDraft();
    }

    @Refusals(form = "newItemForm", labels = "information.field.")
    public void save() {
        long id = isHeadOffice() ? items.send(draft) : items.file(draft);
        Messages.info("information.saved", id);
        PrimeFaces.current().executeScript("PF('newItemDialog').hide()");
        draft = null;
    }

    public void open(long id) {
        selected = items.detail(id);
        answer = null;
    }

    @Refusals(form = "itemForm", field = "answer", label = "information.field.answer", concurrent = "information.error.answered", illegal = "information.error.answered")
    public void answer() {
        items.answer(selected.id(), answer);
        Messages.info("information.answered");
        PrimeFaces.current().executeScript("PF('itemDialog').hide()");
        selected = null;
    }

    /** Whether the caller owes this item's answer: the department a point's item, the point the department's. */
    public boolean answerer(InformationRow row) {
        return row.answeredAt() == null && (row.direction() == Direction.FROM_NETWORK) == isHeadOffice();
    }

    public boolean overdue(InformationRow row) {
        return row.overdue(Instant.now());
    }

    public boolean isHeadOffice() {
        return currentUser.getPrincipal().can(Duty.INFORMATION_DESK);
    }

    /** Customers the caller may see, by name or phone, for naming one in an item. */
    public List<CustomerRow> completeCustomer(String text) {
        return text == null || text.isBlank() ? List.of() : customers.search(text, 0, 10, "name", true);
    }

    public LazyDataModel<InformationRow> getRows() {
        if (rows == null) {
            rows = new PagedRows<>(() -> items.count(filter.getDirection(), filter.isOpenOnly(), filter.isOverdueOnly()),
                    (first, max, sortField, ascending) -> items.list(filter.getDirection(), filter.isOpenOnly(), filter.isOverdueOnly(), first, max), InformationRow::id, "filedAt");
        }
        return rows;
    }
}
