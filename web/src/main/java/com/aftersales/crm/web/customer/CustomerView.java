package com.aftersales.crm.web.customer;

import com.aftersales.crm.customer.boundary.Customer360;
import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.servicecase.boundary.CaseFilter;
import com.aftersales.crm.servicecase.boundary.CaseRow;
import com.aftersales.crm.servicecase.boundary.ServiceCases;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/** The customer 360 view: record, installations with warranty badges, timeline; supervisors merge duplicates here. */
@Named
@ViewScoped
public class CustomerView implements Serializable {

    @Inject
    Customers customers;

    @Inject
    ServiceCases serviceCases;

    private Long id;
    private Customer360 data;
    private Long mergeId;
    private java.util.List<CaseRow> cases;

    public void load() {
        if (id == null) {
            throw new NotFound("customer");
        }
        data = customers.view360(id);
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

    /** Folds the customer typed in the merge dialog into this one. */
    public void merge() throws IOException {
        try {
            customers.merge(id, mergeId == null ? -1 : mergeId);
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            Messages.info("customer.merged", mergeId);
            external.redirect(external.getRequestContextPath() + "/customers/view.xhtml?id=" + id);
        } catch (InvalidInput invalid) {
            Messages.error(invalid.messageKey());
        } catch (NotFound missing) {
            Messages.error("customer.error.mergeMissing");
        }
    }

    public String join(java.util.List<String> items) {
        return items == null ? "" : String.join("、", items);
    }

    public String warrantySeverity(String status) {
        return switch (status) {
            case "FREE" -> "success";
            case "PAID" -> "warn";
            default -> "danger";
        };
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Customer360 getData() {
        return data;
    }

    public Long getMergeId() {
        return mergeId;
    }

    public void setMergeId(Long mergeId) {
        this.mergeId = mergeId;
    }
}
