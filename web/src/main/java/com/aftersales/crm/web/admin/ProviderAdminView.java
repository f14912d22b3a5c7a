package com.aftersales.crm.web.admin;

import com.aftersales.crm.provider.boundary.ProviderAdministration;
import com.aftersales.crm.provider.boundary.ProviderDraft;
import com.aftersales.crm.provider.entity.ProviderRow;
import com.aftersales.crm.provider.entity.ServiceProvider;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.PagedRows;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.util.Arrays;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/** Service providers (服务商): list, create, edit, suspend for rectification, reinstate, terminate. */
@Named
@ViewScoped
@Refusals(form = "providerForm", labels = "admin.providers.field.")
public class ProviderAdminView extends NetworkMemberAdminView<ProviderRow, ProviderDraft> {

    @Inject
    ProviderAdministration administration;

    @Getter @Setter private ServiceProvider.Status statusFilter;

    public ProviderAdminView() {
        super("providers", "providerDialog");
    }

    @Override
    protected LazyDataModel<ProviderRow> rows() {
        return new PagedRows<>(() -> administration.count(getFilter(), statusFilter),
                (first, max, sortField, ascending) -> administration.list(getFilter(), statusFilter, first, max, sortField, ascending),
                ProviderRow::id, "code");
    }

    @Override
    protected ProviderDraft newDraft() {
        return new ProviderDraft();
    }

    @Override
    protected ProviderDraft find(long id) {
        return administration.load(id);
    }

    @Override
    protected void create(ProviderDraft draft) {
        administration.create(draft);
    }

    @Override
    protected void update(long id, ProviderDraft draft) {
        administration.update(id, draft);
    }

    @Override
    protected String title(ProviderDraft draft) {
        return draft.getCode();
    }

    @Refusals(labels = "admin.providers.field.")
    public void suspend(ProviderRow row) {
        administration.suspend(row.id(), row.version());
        Messages.info("admin.providers.suspended", row.code());
    }

    @Refusals(labels = "admin.providers.field.")
    public void reinstate(ProviderRow row) {
        administration.reinstate(row.id(), row.version());
        Messages.info("admin.providers.reinstated", row.code());
    }

    @Refusals(labels = "admin.providers.field.")
    public void terminate(ProviderRow row) {
        administration.terminate(row.id(), row.version());
        Messages.info("admin.providers.terminated", row.code());
    }

    public List<ServiceProvider.Status> getStatuses() {
        return Arrays.asList(ServiceProvider.Status.values());
    }
}
