package com.aftersales.crm.web.admin;

import com.aftersales.crm.dealer.boundary.DealerAdministration;
import com.aftersales.crm.dealer.boundary.DealerDraft;
import com.aftersales.crm.dealer.entity.DealerRow;
import com.aftersales.crm.web.shell.PagedRows;
import com.aftersales.crm.web.shell.Refusals;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.web.shell.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

/** Dealers (经销商): list, create, edit. */
@Named
@ViewScoped
@Refusals(form = "dealerForm", labels = "admin.dealers.field.")
public class DealerAdminView extends NetworkMemberAdminView<DealerRow, DealerDraft> {

    @Inject
    DealerAdministration administration;

    public DealerAdminView() {
        super("dealers", "dealerDialog");
    }

    @Override
    protected LazyDataModel<DealerRow> rows() {
        return new PagedRows<>(() -> administration.count(getFilter()),
                (first, max, sortField, ascending) -> administration.list(getFilter(), first, max, sortField, ascending),
                DealerRow::id, "code");
    }

    @Override
    protected DealerDraft newDraft() {
        return new DealerDraft();
    }

    @Override
    protected DealerDraft find(long id) {
        return administration.load(id);
    }

    @Override
    protected void create(DealerDraft draft) {
        administration.create(draft);
    }

    @Override
    protected void update(long id, DealerDraft draft) {
        administration.update(id, draft);
    }

    @Override
    protected String title(DealerDraft draft) {
        return draft.getCode();
    }
}
