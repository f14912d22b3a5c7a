package com.aftersales.crm.web.customer;

import com.aftersales.crm.installation.boundary.InstallationDraft;
import com.aftersales.crm.installation.boundary.Installations;
import com.aftersales.crm.shared.InstallationMethod;
import com.aftersales.crm.provider.boundary.Crews;
import com.aftersales.crm.shared.Option;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/** Recording an installation archive for a customer: who, when, which products, which warranty card. */
@Named
@ViewScoped
public class InstallationEditView implements Serializable {

    @Inject
    Installations installations;

    @Inject
    com.aftersales.crm.customer.boundary.Customers customers;

    @Inject
    Crews crews;

    @Getter @Setter private Long customerId;
    @Getter private InstallationDraft draft;
    @Getter @Setter private List<Long> technicianIds = new ArrayList<>();
    @Getter private List<Option> technicianOptions = List.of();

    public void load() {
        if (customerId == null) {
            throw new com.aftersales.crm.shared.NotFound("customer");
        }
        if (draft == null) {
            customers.load(customerId); // a customer that is not there, or not the caller's: 404

            draft = new InstallationDraft();
            addLine();
        }
    }

    public void addLine() {
        InstallationDraft.Line line = new InstallationDraft.Line();
        List<InstallationDraft.Line> lines = new ArrayList<>(draft.getLines());
        lines.add(line);
        draft.setLines(lines);
    }

    public void removeLine(InstallationDraft.Line line) {
        List<InstallationDraft.Line> lines = new ArrayList<>(draft.getLines());
        lines.remove(line);
        draft.setLines(lines);
    }

    public void providerChanged() {
        technicianIds = new ArrayList<>();
        technicianOptions = draft.getProviderId() == null ? List.of() : crews.technicians(draft.getProviderId());
    }

    @Refusals(form = "installationForm", labels = "installation.field.")
    public void save() throws IOException {
        draft.setTechnicianIds(new java.util.HashSet<>(technicianIds));
        installations.record(customerId, draft);
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        Messages.info("installation.saved");
        external.redirect(external.getRequestContextPath() + "/customers/view.xhtml?id=" + customerId);
    }

    public List<InstallationMethod> getMethods() {
        return Arrays.asList(InstallationMethod.values());
    }

    public BigDecimal lineTotal(InstallationDraft.Line line) {
        return line.getQuantityM2() == null || line.getUnitPrice() == null ? null : line.getQuantityM2().multiply(line.getUnitPrice());
    }
}
