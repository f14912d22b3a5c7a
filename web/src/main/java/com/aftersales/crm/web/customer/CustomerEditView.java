package com.aftersales.crm.web.customer;

import com.aftersales.crm.customer.boundary.CustomerDraft;
import com.aftersales.crm.customer.boundary.CustomerRow;
import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.customer.entity.CustomerClass;
import com.aftersales.crm.region.boundary.Regions;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.RecordPage;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import lombok.Getter;

/** Creating or editing a customer; a new customer whose phone is already known raises a probable-duplicate warning. */
@Named
@ViewScoped
public class CustomerEditView extends RecordPage {

    @Inject
    Customers customers;

    @Inject
    Regions regions;

    @Getter private CustomerDraft draft;
    @Getter private RegionPicker picker;
    @Getter private List<CustomerRow> duplicates = List.of();

    /** Called from the view's metadata once the id parameter is known. */
    public void load() {
        if (draft != null) {
            return;
        }
        draft = id == null ? new CustomerDraft() : customers.load(id);
        picker = new RegionPicker(regions, draft.getRegionCode());
    }

    public void districtChanged() {
        draft.setSuburban(picker.suburbanByDefault());
    }

    @Refusals(form = "customerForm", labels = "customer.field.")
    public void save() throws IOException {
        save(false);
    }

    @Refusals(form = "customerForm", labels = "customer.field.")
    public void saveDespiteDuplicates() throws IOException {
        save(true);
    }

    private void save(boolean duplicatesAccepted) throws IOException {
        draft.setRegionCode(picker.regionCode());
        if (id == null && !duplicatesAccepted) {
            duplicates = customers.probableDuplicates(draft.getPhones(), null);
            if (!duplicates.isEmpty()) {
                PrimeFaces.current().ajax().update("duplicatesForm");
                PrimeFaces.current().executeScript("PF('duplicates').show()");
                return;
            }
        }
        long savedId = id == null ? customers.create(draft) : id;
        if (id != null) {
            customers.update(id, draft);
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        Messages.info("customer.saved", draft.getName());
        external.redirect(external.getRequestContextPath() + "/customers/view.xhtml?id=" + savedId);
    }

    public List<CustomerClass> getClasses() {
        return Arrays.asList(CustomerClass.values());
    }

    public boolean isCreating() {
        return id == null;
    }
}
