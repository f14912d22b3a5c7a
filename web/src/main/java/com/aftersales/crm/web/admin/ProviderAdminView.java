package com.aftersales.crm.web.admin;

import com.aftersales.crm.web.shell.PagedRows;
import com.aftersales.crm.provider.boundary.ProviderAdministration;
import com.aftersales.crm.provider.boundary.ProviderDraft;
import com.aftersales.crm.provider.entity.ProviderRow;
import com.aftersales.crm.provider.entity.ServiceProvider;
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
import java.util.Arrays;
import java.util.List;

/** Service providers (服务商): list, create, edit, suspend for rectification, reinstate, terminate. */
@Named
@ViewScoped
public class ProviderAdminView implements Serializable {

    @Inject
    ProviderAdministration administration;

    @Inject
    CityPicker cityPicker;

    private LazyDataModel<ProviderRow> providers;
    private String filter;
    private ServiceProvider.Status statusFilter;
    private Long editingId;
    private ProviderDraft draft = new ProviderDraft();

    @PostConstruct
    void init() {
        providers = new PagedRows<>(new PagedRows.Source<>() {
            @Override
            public long count() {
                return administration.count(filter, statusFilter);
            }

            @Override
            public List<ProviderRow> page(int first, int max, String sortField, boolean ascending) {
                return administration.list(filter, statusFilter, first, max, sortField, ascending);
            }
        }, ProviderRow::id, "code");
    }

    public void startCreate() {
        editingId = null;
        draft = new ProviderDraft();
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
                Messages.info("admin.providers.created", draft.getCode());
            } else {
                administration.update(editingId, draft);
                Messages.info("admin.providers.saved", draft.getCode());
            }
            PrimeFaces.current().executeScript("PF('providerDialog').hide()");
        } catch (InvalidInput invalid) {
            Messages.fieldError("providerForm:" + invalid.field(), "admin.providers.field." + invalid.field(), invalid.messageKey());
        } catch (ConcurrentChange conflict) {
            Messages.error("error.concurrentChange");
        }
    }

    public void suspend(ProviderRow row) {
        changeStatus(row, () -> administration.suspend(row.id(), row.version()), "admin.providers.suspended");
    }

    public void reinstate(ProviderRow row) {
        changeStatus(row, () -> administration.reinstate(row.id(), row.version()), "admin.providers.reinstated");
    }

    public void terminate(ProviderRow row) {
        changeStatus(row, () -> administration.terminate(row.id(), row.version()), "admin.providers.terminated");
    }

    private void changeStatus(ProviderRow row, Runnable change, String doneKey) {
        try {
            change.run();
            Messages.info(doneKey, row.code());
        } catch (InvalidInput invalid) {
            Messages.fieldError(null, "admin.providers.field." + invalid.field(), invalid.messageKey());
        } catch (ConcurrentChange conflict) {
            Messages.error("error.concurrentChange");
        }
    }

    public List<ServiceProvider.Status> getStatuses() {
        return Arrays.asList(ServiceProvider.Status.values());
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public LazyDataModel<ProviderRow> getProviders() {
        return providers;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public ServiceProvider.Status getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(ServiceProvider.Status statusFilter) {
        this.statusFilter = statusFilter;
    }

    public ProviderDraft getDraft() {
        return draft;
    }
}
