package com.aftersales.crm.web.admin;

import com.aftersales.crm.provider.boundary.TechnicianAdministration;
import com.aftersales.crm.provider.boundary.TechnicianDraft;
import com.aftersales.crm.provider.entity.TechnicianRow;
import com.aftersales.crm.provider.entity.Technician;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.web.shell.Choices;
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

/** A provider's technicians (服务师): list by provider, create, edit, record a departure. */
@Named
@ViewScoped
@Refusals(form = "technicianForm", labels = "admin.technicians.field.")
public class TechnicianAdminView extends ReferenceDataView<TechnicianRow, TechnicianDraft> {

    @Inject
    Choices choices;

    @Inject
    TechnicianAdministration administration;

    @Getter @Setter private Long providerId;

    public TechnicianAdminView() {
        super("technicians", "technicianDialog");
    }

    @Override
    protected LazyDataModel<TechnicianRow> rows() {
        return new PagedRows<>(() -> providerId == null ? 0 : administration.count(providerId, getFilter()),
                (first, max, sortField, ascending) -> providerId == null ? List.of()
                        : administration.list(providerId, getFilter(), first, max, sortField, ascending),
                TechnicianRow::id, "name");
    }

    /** A provider named in the URL that is not there: 404, as for any record page. */
    public void load() {
        if (providerId != null && choices.getProviders().stream().noneMatch(option -> option.id() == providerId)) {
            throw new NotFound("service provider " + providerId);
        }
    }

    @Override
    protected TechnicianDraft newDraft() {
        return new TechnicianDraft();
    }

    @Override
    protected TechnicianDraft find(long id) {
        return administration.load(id);
    }

    @Override
    protected void create(TechnicianDraft draft) {
        administration.create(providerId, draft);
    }

    @Override
    protected void update(long id, TechnicianDraft draft) {
        administration.update(id, draft);
    }

    @Override
    protected String title(TechnicianDraft draft) {
        return draft.getName();
    }

    @Refusals(labels = "admin.technicians.field.")
    public void depart(TechnicianRow row) {
        administration.depart(row.id(), row.version());
        Messages.info("admin.technicians.departed", row.name());
    }

    public List<Technician.CertificateLevel> getLevels() {
        return Arrays.asList(Technician.CertificateLevel.values());
    }
}
