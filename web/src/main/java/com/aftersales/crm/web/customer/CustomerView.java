package com.aftersales.crm.web.customer;

import com.aftersales.crm.customer.boundary.CustomerRow;
import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.installation.boundary.Customer360;
import com.aftersales.crm.installation.boundary.Installations;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.servicecase.entity.CaseFilter;
import com.aftersales.crm.servicecase.entity.CaseRow;
import com.aftersales.crm.servicecase.boundary.ServiceCases;
import com.aftersales.crm.web.shell.RecordPage;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import lombok.Getter;
import lombok.Setter;

/** The customer 360 view: record, installations with warranty badges, timeline; supervisors merge duplicates here. */
@Named
@ViewScoped
public class CustomerView extends RecordPage {

    @Inject
    Customers customers;

    @Inject
    Installations installations;

    @Inject
    ServiceCases serviceCases;

    @Getter private Customer360 data;
    @Getter @Setter private Long mergeId;
    @Getter @Setter private Long merged;
    @Getter @Setter private String mergeSearch;
    @Getter private java.util.List<CustomerRow> candidates = java.util.List.of();
    private java.util.List<CaseRow> cases;

    public void load() {
        requiredId("customer");
        data = installations.view360(id);
        if (merged != null) {
            Messages.info("customer.merged", merged);
        }
    }

    /** The customer's latest cases (those the caller may see). */
    public java.util.List<CaseRow> getCases() {
        if (cases == null) {
            CaseFilter filter = new CaseFilter();
            filter.setStage(CaseFilter.Stage.ALL);
            filter.setCustomerId(id);
            cases = serviceCases.list(filter, 0, 20, null, false);
        }
        return cases;
    }

    /** Opens the merge dialog on the probable duplicates (same phone, similar name), nothing chosen yet. */
    public void startMerge() {
        mergeId = null;
        mergeSearch = null;
        candidates = customers.mergeCandidates(id, null);
    }

    /** The dialog's search: by name, phone or customer number; empty, the probable duplicates again. */
    public void searchCandidates() {
        candidates = customers.mergeCandidates(id, mergeSearch);
    }

    public void choose(long candidateId) {
        mergeId = candidateId;
    }

    /** The candidate chosen, as the dialog confirms it. */
    public CustomerRow getChosen() {
        return mergeId == null ? null : candidates.stream().filter(c -> c.id() == mergeId).findFirst().orElse(null);
    }

    /** Folds the customer chosen in the merge dialog into this one. */
    @Refusals(notFound = "customer.error.mergeMissing")
    public void merge() throws IOException {
        if (mergeId == null) {
            Messages.error("customer.merge.noneChosen");
            return;
        }
        customers.merge(id, mergeId);
        var external = FacesContext.getCurrentInstance().getExternalContext();
        // the confirmation travels in the URL: the flash lost it on the Ajax redirect
        external.redirect(external.getRequestContextPath() + "/customers/view.xhtml?id=" + id + "&merged=" + mergeId);
    }

    public String join(java.util.List<String> items) {
        return items == null ? "" : String.join("、", items);
    }
}
