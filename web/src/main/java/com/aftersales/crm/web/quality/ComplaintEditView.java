package com.aftersales.crm.web.quality;

import com.aftersales.crm.customer.boundary.CustomerRow;
import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.installation.boundary.InstallationView;
import com.aftersales.crm.installation.boundary.Installations;
import com.aftersales.crm.shared.InstallationMethod;
import com.aftersales.crm.quality.boundary.AttachmentInfo;
import com.aftersales.crm.quality.boundary.ComplaintDetail;
import com.aftersales.crm.quality.boundary.ComplaintDraft;
import com.aftersales.crm.quality.boundary.QualityComplaints;
import com.aftersales.crm.quality.entity.AttachmentKind;
import com.aftersales.crm.quality.entity.IncompleteForm;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.web.shell.Choices;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.RecordPage;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * The quality complaint form (产品质量投诉表): choose the customer (and the installation, which fills in the product and
 * how it was laid), write the problem, add the photos and the purchase proof, save as a draft as often as needed, and
 * submit when complete — an incomplete form comes back with every missing item marked.
 */
@Named
@ViewScoped
@Refusals(form = "complaintForm", labels = "quality.field.", concurrent = "quality.error.concurrent", steps = "quality")
public class ComplaintEditView extends RecordPage {

    @Inject
    Choices choices;

    @Inject
    QualityComplaints complaints;

    @Inject
    Customers customers;

    @Inject
    Installations installations;

    @Getter @Setter private Long customerParam;
    @Getter private ComplaintDraft draft;
    @Getter private ComplaintDetail detail;
    @Getter private final CustomerChoice choice = new CustomerChoice();

    public void load() throws IOException {
        if (draft != null) {
            return;
        }
        if (id != null) {
            refresh();
            if (!detail.draft()) {
                redirect("/quality/view.xhtml?id=" + id);
                return;
            }
            choice.chosen(detail.customerName(), installations.ofCustomer(draft.getCustomerId()));
        } else {
            draft = new ComplaintDraft();
            if (customerParam != null) {
                choose(customerParam, customers.detail(customerParam).name());
            }
        }
    }

    public void searchCustomers() {
        choice.search(customers);
    }

    public void chooseCustomer(CustomerRow row) {
        choose(row.id(), row.name());
    }

    private void choose(long customerId, String name) {
        draft.setCustomerId(customerId);
        draft.setInstallationId(null);
        choice.chosen(name, installations.ofCustomer(customerId));
    }

    /** An installation chosen: its product, quantity, price, method and dates fill the form. */
    public void installationChosen() {
        choice.getInstallations().stream().filter(i -> draft.getInstallationId() != null && i.id() == draft.getInstallationId())
                .findFirst().ifPresent(i -> {
                    draft.setInstallationMethod(i.method());
                    draft.setInstalledOn(i.installedOn());
                    draft.setMovedInOn(i.movedInOn());
                    if (!i.lines().isEmpty()) {
                        InstallationView.Line line = i.lines().get(0);
                        choices.getProducts().stream().filter(o -> o.code().equals(line.productCode())).findFirst()
                                .ifPresent(o -> draft.setProductId(o.id()));
                        draft.setQuantityM2(line.quantityM2());
                        draft.setUnitPrice(line.unitPrice());
                    }
                });
    }

    public void save() throws IOException {
        if (draft.getCustomerId() == null) {
            Messages.fieldError("complaintForm:customer", "quality.field.customerId", "validation.required");
            return;
        }
        if (id == null) {
            long created = complaints.create(draft);
            keepMessage("quality.saved");
            redirect("/quality/edit.xhtml?id=" + created);
            return;
        }
        complaints.update(id, draft);
        refresh();
        Messages.info("quality.saved");
    }

    /** Saves, then sends the form to the company; every missing item is marked on its field. */
    public void submit() throws IOException {
        if (id == null) {
            save();
            return;
        }
        try {
            complaints.update(id, draft);
            refresh();
            complaints.submit(id);
            keepMessage("quality.submitted");
            redirect("/quality/view.xhtml?id=" + id);
        } catch (IncompleteForm incomplete) {
            // every missing item at once, each on its field (the manual: 逐项认真填写，不得空项)
            for (String item : incomplete.missing()) {
                Messages.fieldError("complaintForm:" + item, "quality.field." + item, "quality.missing." + item,
                        incomplete.minPhotos());
            }
        }
    }

    public void uploadOverall(FileUploadEvent event) {
        attach(AttachmentKind.PHOTO_OVERALL, event.getFile(), "photosOverall");
    }

    public void uploadCloseUp(FileUploadEvent event) {
        attach(AttachmentKind.PHOTO_CLOSE_UP, event.getFile(), "photosCloseUp");
    }

    public void uploadProof(FileUploadEvent event) {
        attach(AttachmentKind.PURCHASE_PROOF, event.getFile(), "purchaseProof");
    }

    private void attach(AttachmentKind kind, UploadedFile file, String field) {
        try (InputStream content = file.getInputStream()) {
            complaints.attach(id, kind, file.getFileName(), content);
            detail = complaints.detail(id);
            draft.setVersion(detail.version());
        } catch (InvalidInput invalid) {
            // the service refuses the file; the page says it on the box it was dropped on, with the size limit
            Messages.fieldError("complaintForm:" + field, "quality.field." + field, invalid.messageKey(), getMaxFileMegabytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(AttachmentInfo attachment) {
        try {
            complaints.detach(id, attachment.id());
            detail = complaints.detail(id);
            draft.setVersion(detail.version());
        } catch (NotFound gone) {
            // removed meanwhile (another tab): nothing to say, the list shows it gone
            detail = complaints.detail(id);
        }
    }

    private void refresh() {
        ComplaintDraft saved = complaints.draftOf(id);
        if (draft == null) {
            draft = saved;
        } else {
            draft.setVersion(saved.getVersion());
        }
        detail = complaints.detail(id);
    }

    private static void keepMessage(String key) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(key);
    }

    private static void redirect(String path) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
    }

    public List<AttachmentInfo> files(String kind) {
        return detail == null ? List.of() : detail.filesOf(kind);
    }

    public long getMaxFileBytes() {
        return complaints.maxFileBytes();
    }

    public long getMaxFileMegabytes() {
        return complaints.maxFileBytes() / (1024 * 1024);
    }

    public List<String> getMethods() {
        return Arrays.stream(InstallationMethod.values()).map(Enum::name).toList();
    }
}
