package com.aftersales.crm.web.admin;

import com.aftersales.crm.web.shell.PagedRows;
import com.aftersales.crm.dealer.boundary.DealerAdministration;
import com.aftersales.crm.dealer.boundary.DealerDraft;
import com.aftersales.crm.dealer.entity.DealerRow;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.web.shell.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/** Dealers (经销商): list, create, edit. */
@Named
@ViewScoped
public class DealerAdminView implements Serializable {

    @Inject
    DealerAdministration administration;

    @Inject
    CityPicker cityPicker;

    private LazyDataModel<DealerRow> dealers;
    private String filter;
    private Long editingId;
    private DealerDraft draft = new DealerDraft();

    @PostConstruct
    void init() {
        dealers = new PagedRows<>(new PagedRows.Source<>() {
            @Override
            public long count() {
                return administration.count(filter);
            }

            @Override
            public java.util.List<DealerRow> page(int first, int max, String sortField, boolean ascending) {
                return administration.list(filter, first, max, sortField, ascending);
            }
        }, DealerRow::id, "code");
    }

    public void startCreate() {
        editingId = null;
        draft = new DealerDraft();
    }

    public void startEdit(long id) {
        editingId = id;
        draft = administration.load(id);
    }

    public void provinceChanged() {
        draft.setCityCode(null);
        draft.setMarketLevel(null);
    }

    /** The market level follows the city unless the administrator changes it afterwards. */
    public void cityChanged() {
        draft.setMarketLevel(cityPicker.marketLevel(draft.getProvinceCode(), draft.getCityCode()));
    }

    public void save() {
        try {
            if (editingId == null) {
                administration.create(draft);
                Messages.info("admin.dealers.created", draft.getCode());
            } else {
                administration.update(editingId, draft);
                Messages.info("admin.dealers.saved", draft.getCode());
            }
            PrimeFaces.current().executeScript("PF('dealerDialog').hide()");
        } catch (InvalidInput invalid) {
            Messages.fieldError("dealerForm:" + invalid.field(), "admin.dealers.field." + invalid.field(), invalid.messageKey());
        } catch (ConcurrentChange conflict) {
            Messages.error("error.concurrentChange");
        }
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public LazyDataModel<DealerRow> getDealers() {
        return dealers;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public DealerDraft getDraft() {
        return draft;
    }
}
