package com.aftersales.crm.quality.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.quality.control.ComplaintAccess;
import com.aftersales.crm.quality.control.ComplaintAccess.ComplaintScope;
import com.aftersales.crm.quality.control.ComplaintReadModel;
import com.aftersales.crm.quality.control.ComplaintRecords;
import com.aftersales.crm.quality.entity.ComplaintFilter;
import com.aftersales.crm.quality.entity.ComplaintHistoryEntry;
import com.aftersales.crm.quality.entity.ComplaintRow;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.customer.boundary.CustomerDetail;
import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.installation.boundary.Installations;
import com.aftersales.crm.timeline.boundary.Timeline;
import com.aftersales.crm.calendar.boundary.WorkingCalendar;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.quality.control.AnswerDeadline;
import com.aftersales.crm.platform.UploadStore;
import com.aftersales.crm.quality.entity.Attachment;
import com.aftersales.crm.quality.entity.AttachmentKind;
import com.aftersales.crm.quality.entity.Attachments;
import com.aftersales.crm.quality.entity.ComplaintAction;
import com.aftersales.crm.quality.entity.ComplaintForm;
import com.aftersales.crm.quality.entity.ComplaintHistory;
import com.aftersales.crm.quality.entity.ComplaintStatus;
import com.aftersales.crm.quality.entity.IncompleteForm;
import com.aftersales.crm.quality.entity.QualityComplaint;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.FileDownload;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Quality complaints (产品质量投诉表): a dealer files one for its customer (the service department for any customer),
 * fills it in over time with photos and the purchase proof, and submits it when complete; a supervisor answers within
 * the policy's hours. Every change writes the complaint's history, and the customer's timeline where it matters.
 */
@Stateless
@Secured(Duty.DEALER_SERVICE)
public class QualityComplaints {

    /** Counting stops here: "1000+" is all a list needs to say. */
    public static final int COUNT_CAP = 1000;

    /** More files than this on one form is not evidence any more but a mistake. */
    public static final int MAX_FILES = 30;

    @Inject
    ComplaintAccess access;

    @Inject
    ComplaintRecords records;

    @Inject
    ComplaintReadModel reads;

    @Inject
    Installations installations;

    @Inject
    Customers customers;

    @Inject
    Caller caller;

    @Inject
    Timeline timeline;

    @Inject
    PolicyLookup policies;

    @Inject
    WorkingCalendar calendar;

    @Inject
    UploadStore store;

    @Inject
    Clock clock;

    /**
     * Starts a form for a customer the caller may see. A dealer files for itself; the service department files on
     * behalf of the installation's dealer, or the customer's.
     */
    public long create(@NotNull @Valid ComplaintDraft draft) {
        long customerId = draft.getCustomerId();
        CustomerDetail customer = customers.detail(customerId);
        if (customer.mergedIntoId() != null) {
            throw new InvalidInput("customerId", "quality.error.customerMerged");
        }
        Long dealerId = dealerOfCaller();
        if (dealerId == null) {
            Long installationDealer = draft.getInstallationId() == null ? null : installationDealer(customerId, draft.getInstallationId());
            dealerId = installationDealer != null ? installationDealer : customer.dealerId();
        }
        Instant now = clock.instant();
        QualityComplaint complaint = new QualityComplaint(customerId, dealerId, now, actor());
        complaint.fill(form(customerId, draft), today(), now);
        records.add(complaint);
        record(complaint, ComplaintAction.CREATED, null, ComplaintStatus.DRAFT, null);
        return complaint.getId();
    }

    /** Saves the draft's items (only a draft changes, only as read: a concurrent save is refused). */
    public void update(long complaintId, @NotNull @Valid ComplaintDraft draft) {
        QualityComplaint complaint = find(complaintId);
        if (complaint.getVersion() != draft.getVersion()) {
            throw new ConcurrentChange("quality complaint " + complaintId);
        }
        complaint.fill(form(complaint.getCustomerId(), draft), today(), clock.instant());
        record(complaint, ComplaintAction.UPDATED, null, null, null);
        flush(complaintId);
    }

    /** The form as the editor starts from it. */
    public ComplaintDraft draftOf(long complaintId) {
        QualityComplaint c = find(complaintId);
        ComplaintDraft draft = new ComplaintDraft();
        draft.setCustomerId(c.getCustomerId());
        draft.setInstallationId(c.getInstallationId());
        draft.setProductId(c.getProductId());
        draft.setQuantityM2(c.getQuantityM2());
        draft.setUnitPrice(c.getUnitPrice());
        draft.setInstallationMethod(c.getInstallationMethod());
        draft.setInstalledOn(c.getInstalledOn());
        draft.setMovedInOn(c.getMovedInOn());
        draft.setProblemFoundOn(c.getProblemFoundOn());
        draft.setPhenomenon(c.getPhenomenon());
        draft.setAffectedM2(c.getAffectedM2());
        draft.setBatchNo(c.getBatchNo());
        draft.setCauseAnalysis(c.getCauseAnalysis());
        draft.setProposedHandling(c.getProposedHandling());
        draft.setRegionalOpinion(c.getRegionalOpinion());
        draft.setVersion(c.getVersion());
        return draft;
    }

    /**
     * Adds a photo or the purchase proof to a draft. The content decides what the file is (JPEG, PNG, or PDF for the
     * proof); the size is limited; the file is kept outside the web root under a name of the server's.
     */
    public AttachmentInfo attach(long complaintId, @NotNull AttachmentKind kind, String originalName,
                                 @NotNull InputStream content) {
        QualityComplaint complaint = find(complaintId);
        Instant now = clock.instant();
        complaint.fileChanged(ComplaintAction.FILE_ADDED, now);
        long files = records.liveFileCount(complaintId);
        if (files >= MAX_FILES) {
            throw new InvalidInput(kind.photo() ? "photos" : "purchaseProof", "quality.error.tooManyFiles");
        }
        UploadStore.StoredFile stored = store.store("quality", content);
        Attachment attachment = new Attachment(complaintId, kind, stored.type(), stored.storedName(), originalName,
                stored.size(), stored.sha256(), actor(), now);
        records.addAttachment(attachment);
        record(complaint, ComplaintAction.FILE_ADDED, null, null, kind + ": " + attachment.getOriginalName());
        flush(complaintId);
        return info(attachment);
    }

    /** Takes a file off a draft (the stored file and its record stay, marked removed). */
    public void detach(long complaintId, long attachmentId) {
        QualityComplaint complaint = find(complaintId);
        Attachment attachment = records.attachment(attachmentId)
                .filter(a -> a.getComplaintId() == complaintId && !a.isRemoved())
                .orElseThrow(() -> new NotFound("attachment " + attachmentId));
        Instant now = clock.instant();
        complaint.fileChanged(ComplaintAction.FILE_REMOVED, now);
        attachment.remove(now, actor());
        record(complaint, ComplaintAction.FILE_REMOVED, null, null, attachment.getKind() + ": " + attachment.getOriginalName());
        flush(complaintId);
    }

    /**
     * Sends the form to the company. An incomplete form is refused with every missing item named
     * ({@link IncompleteForm}); a complete one starts the answer clock from the policy in force now.
     */
    public void submit(long complaintId) {
        QualityComplaint complaint = find(complaintId);
        Instant now = clock.instant();
        String[] line = productLine(complaint.getProductId());
        PolicyVersion minPhotos = policies.inForce(AnswerDeadline.MIN_PHOTOS, line[0], line[1], now);
        PolicyVersion answerHours = policies.inForce(AnswerDeadline.ANSWER_HOURS, line[0], line[1], now);
        ComplaintStatus from = complaint.getStatus();
        complaint.submit(files(complaintId), minPhotos.asInt(), minPhotos.id(),
                AnswerDeadline.due(now, answerHours.value(), answerHours.unit(), calendar::addWorkingDays), answerHours.id(), now, actor());
        record(complaint, ComplaintAction.SUBMITTED, from, complaint.getStatus(), null);
        flush(complaintId);
    }

    /** The company's answer (处理批复): the handling decided and the reason. */
    @Secured(Duty.SUPERVISION)
    public void answer(long complaintId, String decidedHandling, String reason) {
        QualityComplaint complaint = find(complaintId);
        ComplaintStatus from = complaint.getStatus();
        complaint.answer(decidedHandling, reason, clock.instant(), actor());
        record(complaint, ComplaintAction.ANSWERED, from, complaint.getStatus(), decidedHandling + " — " + reason);
        flush(complaintId);
    }

    public ComplaintDetail detail(long complaintId) {
        QualityComplaint c = find(complaintId);
        ComplaintReadModel.Names names = reads.names(complaintId);
        List<AttachmentInfo> attachments = attachments(complaintId);
        int minPhotos;
        List<String> missing;
        if (c.getStatus() == ComplaintStatus.DRAFT) {
            String[] line = productLine(c.getProductId());
            minPhotos = policies.inForce(AnswerDeadline.MIN_PHOTOS, line[0], line[1], clock.instant()).asInt();
            missing = c.missingItems(files(complaintId), minPhotos);
        } else {
            minPhotos = c.getMinPhotos();
            missing = List.of();
        }
        return new ComplaintDetail(c.getId(), c.getCustomerId(), names.customer(), c.getDealerId(), names.dealer(),
                c.getInstallationId(), c.getProductId(), names.productCode(), names.productName(), names.productCategory(),
                names.productSpec(),
                c.getQuantityM2(), c.getUnitPrice(), c.getInstallationMethod(), c.getInstalledOn(), c.getMovedInOn(),
                c.getProblemFoundOn(), c.getPhenomenon(), c.getAffectedM2(), c.getCauseAnalysis(), c.getProposedHandling(),
                c.getRegionalOpinion(), c.getStatus().name(), c.getCreatedAt(), c.getCreatedBy(), c.getSubmittedAt(),
                c.getSubmittedBy(), c.getAnswerDue(), c.getAnswerPolicyId(), names.answerPolicyValue(), minPhotos,
                c.getMinPhotosPolicyId(), c.getDecidedHandling(), c.getAnswerReason(), c.getAnsweredAt(),
                c.getAnsweredBy(), c.getLastAction().name(), c.getLastActionAt(), c.getVersion(),
                c.badge(clock.instant()), attachments, missing, c.getBatchNo());
    }

    public List<ComplaintHistoryEntry> history(long complaintId) {
        requireVisible(complaintId);
        return records.history(complaintId);
    }

    /**
     * A file's content for whoever may see its complaint; another dealer's file is "not found" like a missing one.
     * The caller closes the stream.
     */
    public FileDownload download(long attachmentId) {
        Attachment attachment = records.attachment(attachmentId).filter(a -> !a.isRemoved())
                .orElseThrow(() -> new NotFound("attachment " + attachmentId));
        requireVisible(attachment.getComplaintId());
        return new FileDownload(attachment.getOriginalName(), attachment.getContentType(), attachment.getSizeBytes(),
                store.open("quality", attachment.getStoredName()));
    }

    /** The largest file accepted, in bytes (the portal tells the browser too). */
    public long maxFileBytes() {
        return store.maxBytes();
    }

    /** A page of the caller's complaints, filtered, sorted and paged by the database. */
    public List<ComplaintRow> list(ComplaintFilter filter, int first, int max, String sortField, boolean ascending) {
        return reads.list(filter, scope(), Math.max(0, first), Math.max(1, Math.min(max, 200)), sortField, ascending,
                clock.instant());
    }

    /** How many complaints match, counted up to {@link #COUNT_CAP} + 1. */
    public long count(ComplaintFilter filter) {
        return reads.count(filter, scope(), COUNT_CAP + 1, clock.instant());
    }

    private ComplaintForm form(long customerId, ComplaintDraft draft) {
        if (draft.getInstallationId() != null) {
            installationDealer(customerId, draft.getInstallationId());
        }
        if (draft.getProductId() != null && !reads.productExists(draft.getProductId())) {
            throw new InvalidInput("productId", "quality.error.product");
        }
        return new ComplaintForm(draft.getInstallationId(), draft.getProductId(), draft.getQuantityM2(),
                draft.getUnitPrice(), blankToNull(draft.getInstallationMethod()), draft.getInstalledOn(),
                draft.getMovedInOn(), draft.getProblemFoundOn(), draft.getPhenomenon(), draft.getAffectedM2(),
                draft.getCauseAnalysis(), draft.getProposedHandling(), draft.getRegionalOpinion(), draft.getBatchNo());
    }

    /** The dealer of the customer's installation; refused when the installation is not this customer's. */
    private Long installationDealer(long customerId, long installationId) {
        return installations.facts(customerId, installationId)
                .orElseThrow(() -> new InvalidInput("installationId", "quality.error.installationOfOtherCustomer"))
                .dealerId();
    }

    /** Brand and product line of the form's product (null, null when none yet): policies may differ by them. */
    private String[] productLine(Long productId) {
        return reads.productLine(productId);
    }

    private Attachments files(long complaintId) {
        return records.files(complaintId);
    }

    private List<AttachmentInfo> attachments(long complaintId) {
        return records.liveAttachments(complaintId).stream().map(QualityComplaints::info).toList();
    }

    private static AttachmentInfo info(Attachment a) {
        return new AttachmentInfo(a.getId(), a.getKind().name(), a.getOriginalName(), a.getContentType(),
                a.getSizeBytes(), a.getSha256(), a.getUploadedBy(), a.getUploadedAt());
    }

    private QualityComplaint find(long complaintId) {
        requireVisible(complaintId);
        return records.find(complaintId);
    }

    private void flush(long complaintId) {
        records.save(complaintId);
    }

    private void record(QualityComplaint complaint, ComplaintAction action, ComplaintStatus from, ComplaintStatus to,
                        String note) {
        records.addHistory(new ComplaintHistory(complaint.getId(), clock.instant(), actor(), action, from, to, note));
        if (action.onTimeline()) {
            timeline.append(complaint.getCustomerId(), action.timelineKind(),
                    "#" + complaint.getId() + (note == null || note.isBlank() ? "" : " " + note), "QUALITY_COMPLAINT",
                    complaint.getId());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Refuses a complaint the caller may not see as "not found", whatever the reason (a return request's too). */
    public void requireVisible(long complaintId) {
        if (!access.visible(complaintId, scope())) {
            throw new NotFound("quality complaint " + complaintId);
        }
    }

    private ComplaintScope scope() {
        UserPrincipal principal = caller.require();
        return access.scopeOf(principal)
                .orElseThrow(() -> new AccessDenied(principal.username() + " sees no quality complaints"));
    }

    /** The dealer the caller acts for, or null for the service department. */
    private Long dealerOfCaller() {
        return access.dealerOf(caller.require());
    }

    private String actor() {
        return caller.current().map(UserPrincipal::username).orElse("system");
    }
}
