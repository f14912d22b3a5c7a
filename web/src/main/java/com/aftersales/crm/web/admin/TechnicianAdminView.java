package com.aftersales.crm.web.admin;

import com.aftersales.crm.web.shell.PagedRows;
import com.aftersales.crm.provider.boundary.ServiceProviders;
import com.aftersales.crm.provider.boundary.TechnicianAdministration;
import com.aftersales.crm.provider.boundary.TechnicianDraft;
import com.aftersales.crm.provider.entity.TechnicianRow;
import com.aftersales.crm.provider.entity.Technician;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.Option;
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

/** A provider's technicians (服务师): list by provider, create, edit, record a departure. */
@Named
@ViewScoped
public class TechnicianAdminView implements Serializable {

    @Inject
    TechnicianAdministration administration;

    @Inject
    ServiceProviders providers;

    private LazyDataModel<TechnicianRow> technicians;
    private Long providerId;
    private String filter;
    private Long editingId;
    private TechnicianDraft draft = new TechnicianDraft();
    private List<Option> providerOptions;

    @PostConstruct
    void init() {
        technicians = new PagedRows<>(new PagedRows.Source<>() {
            @Override
            public long count() {
                return providerId == null ? 0 : administration.count(providerId, filter);
            }

            @Override
            public List<TechnicianRow> page(int first, int max, String sortField, boolean ascending) {
                return providerId == null ? List.of() : administration.list(providerId, filter, first, max, sortField, ascending);
            }
        }, TechnicianRow::id, "name");
    }

    /** A provider named in the URL that is not there: 404, as for any record page. */
    public void load() {
        if (providerId != null && getProviderOptions().stream().noneMatch(option -> option.id() == providerId)) {
            throw new com.aftersales.crm.shared.NotFound("service provider " + providerId);
        }
    }

    public void startCreate() {
        editingId = null;
        draft = new TechnicianDraft();
    }

    public void startEdit(long id) {
        editingId = id;
        draft = administration.load(id);
    }

    public void save() {
        try {
            if (editingId == null) {
                administration.create(providerId, draft);
                Messages.info("admin.technicians.created", draft.getName());
            } else {
                administration.update(editingId, draft);
                Messages.info("admin.technicians.saved", draft.getName());
            }
            PrimeFaces.current().executeScript("PF('technicianDialog').hide()");
        } catch (InvalidInput invalid) {
            Messages.fieldError("technicianForm:" + invalid.field(), "admin.technicians.field." + invalid.field(), invalid.messageKey());
        } catch (ConcurrentChange conflict) {
            Messages.error("error.concurrentChange");
        }
    }

    public void depart(TechnicianRow row) {
        try {
            administration.depart(row.id(), row.version());
            Messages.info("admin.technicians.departed", row.name());
        } catch (InvalidInput invalid) {
            Messages.fieldError(null, "admin.technicians.field." + invalid.field(), invalid.messageKey());
        } catch (ConcurrentChange conflict) {
            Messages.error("error.concurrentChange");
        }
    }

    public List<Technician.CertificateLevel> getLevels() {
        return Arrays.asList(Technician.CertificateLevel.values());
    }

    public List<Option> getProviderOptions() {
        if (providerOptions == null) {
            providerOptions = providers.options();
        }
        return providerOptions;
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public LazyDataModel<TechnicianRow> getTechnicians() {
        return technicians;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public TechnicianDraft getDraft() {
        return draft;
    }
}
