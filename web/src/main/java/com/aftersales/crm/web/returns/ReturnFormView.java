package com.aftersales.crm.web.returns;

import com.aftersales.crm.customer.boundary.CustomerRow;
import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.installation.boundary.Installations;
import com.aftersales.crm.quality.entity.ComplaintFilter;
import com.aftersales.crm.quality.entity.ComplaintRow;
import com.aftersales.crm.quality.boundary.QualityComplaints;
import com.aftersales.crm.returns.boundary.ReturnRequestDraft;
import com.aftersales.crm.returns.boundary.ReturnRequests;
import com.aftersales.crm.returns.entity.Refusal;
import com.aftersales.crm.returns.entity.ReturnKind;
import com.aftersales.crm.returns.entity.ReturnRefused;
import com.aftersales.crm.web.quality.CustomerChoice;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import lombok.Getter;

/**
 * The dealer's return / exchange request (《质量投诉及（售前/售后）处理申请表》): not yet installed (with the ground) or
 * installed (with the customer and the installation archive), the batch and its defect rate, what is asked and why.
 * A request the manual's rules do not allow is refused at once, every rule broken named on its field.
 */
@Named
@ViewScoped
public class ReturnFormView implements Serializable {

    @Inject
    ReturnRequests returns;

    @Inject
    Customers customers;

    @Inject
    Installations installations;

    @Inject
    QualityComplaints complaints;

    @Getter private final ReturnRequestDraft draft = new ReturnRequestDraft();
    @Getter private final CustomerChoice choice = new CustomerChoice();
    private List<ComplaintRow> complaintOptions;

    public void searchCustomers() {
        choice.search(customers);
    }

    public void chooseCustomer(CustomerRow row) {
        draft.setCustomerId(row.id());
        draft.setInstallationId(null);
        choice.chosen(row.name(), installations.ofCustomer(row.id()));
    }

    @Refusals(form = "returnForm", labels = "returns.field.", notFound = "returns.error.customer", notFoundField = "customerId")
    public void file() throws IOException {
        try {
            long id = returns.file(draft);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            Messages.info("returns.filed", id);
            external.redirect(external.getRequestContextPath() + "/returns/view.xhtml?id=" + id);
        } catch (ReturnRefused refused) {
            // every rule the request breaks at once, each on its field: the dealer corrects them in one go
            for (Refusal refusal : refused.refusals()) {
                Messages.fieldError("returnForm:" + refusal.field(), "returns.field." + refusal.field(), refusal.messageKey(),
                        arguments(refusal));
            }
        }
    }

    /** The exclusions are codes: they are said in the user's language, the other arguments are numbers and dates. */
    private static Object[] arguments(Refusal refusal) {
        if (refusal.rule() == Refusal.Rule.WARRANTY_EXCLUSION) {
            return new Object[]{refusal.arguments().stream().map(code -> Messages.text("exclusion." + code))
                    .collect(Collectors.joining("、"))};
        }
        return refusal.arguments().toArray();
    }

    public boolean isAfterSale() {
        return draft.getKind() == ReturnKind.AFTER_SALE;
    }

    /** The dealer's own complaints, to name the one this request follows (optional). */
    public List<ComplaintRow> getComplaintOptions() {
        if (complaintOptions == null) {
            complaintOptions = complaints.list(new ComplaintFilter(), 0, 50, "lastActionAt", false);
        }
        return complaintOptions;
    }
}
