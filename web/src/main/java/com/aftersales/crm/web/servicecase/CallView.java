package com.aftersales.crm.web.servicecase;

import com.aftersales.crm.customer.boundary.CustomerRow;
import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.installation.boundary.Customer360;
import com.aftersales.crm.installation.boundary.Installations;
import com.aftersales.crm.servicecase.boundary.CaseDraft;
import com.aftersales.crm.servicecase.boundary.ServiceCases;
import com.aftersales.crm.servicecase.entity.Channel;
import com.aftersales.crm.shared.Severity;
import com.aftersales.crm.shared.CaseType;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * The intake screen, built for a call in progress: opened with the caller's number ({@code /agent/call.xhtml?phone=…},
 * so a telephony system can pop it), it lists the customers with that number at once; the agent picks one, writes
 * down the call and opens the case — a consultation answered on the phone closes there and then, anything else goes
 * to the case page to be dispatched.
 */
@Named
@ViewScoped
public class CallView implements Serializable {

    @Inject
    Customers customers;

    @Inject
    Installations installations;

    @Inject
    ServiceCases cases;

    @Getter @Setter private String phone;
    @Getter @Setter private Long customerId;
    @Getter private List<CustomerRow> matches = List.of();
    @Getter private Customer360 customer;
    @Getter private CaseDraft draft = new CaseDraft();

    public void load() {
        if (phone != null && !phone.isBlank()) {
            draft.setCallerPhone(phone.trim());
            String digits = phone.replaceAll("\\D", "");
            matches = digits.length() >= 4 ? customers.search(digits, 0, 20, "name", true) : List.of();
            if (customerId == null && matches.size() == 1) {
                customerId = matches.get(0).id();
            }
        }
        if (customerId != null) {
            show(customerId); // a customer named in the URL that is not there: 404
        }
    }

    @Refusals(notFound = "error.404.text")
    public void choose(long id) {
        customer = null;
        customerId = null;
        show(id);
    }

    private void show(long id) {
        customer = installations.view360(id);
        customerId = id;
        draft.setCustomerId(id);
        draft.setInstallationId(null);
    }

    @Refusals(form = "call", labels = "case.field.")
    public void open() throws IOException {
        long id = cases.open(draft);
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        if (draft.getType() == CaseType.CONSULTATION && draft.getAnswer() != null && !draft.getAnswer().isBlank()) {
            Messages.info("case.answered", id);
        } else {
            Messages.info("case.opened", id);
        }
        external.redirect(external.getRequestContextPath() + "/cases/view.xhtml?id=" + id);
    }

    public boolean isConsultation() {
        return draft.getType() == CaseType.CONSULTATION;
    }
}
