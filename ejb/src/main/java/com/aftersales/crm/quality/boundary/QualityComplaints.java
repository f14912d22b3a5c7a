package com.aftersales.crm.quality.boundary;

import com.aftersales.crm.quality.control.ComplaintAccess;
import com.aftersales.crm.quality.control.ComplaintAccess.ComplaintScope;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.timeline.boundary.Timeline;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.quality.control.AnswerDeadline;
import com.aftersales.crm.platform.UploadStore;
import com.aftersales.crm.quality.entity.AnswerBadge;
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
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.FileDownload;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.shared.ProductSpec;
import com.aftersales.crm.shared.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.aftersales.crm.shared.SqlValues.instant;

/**
 * Quality complaints (产品质量投诉表): a dealer files one for its customer (the service department for any customer),
 * fills it in over time with photos and the purchase proof, and submits it when complete; a supervisor answers within
 * the policy's hours. Every change writes the complaint's history, and the customer's timeline where it matters.
 */
@Stateless
@Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.DEALER})
public class QualityComplaints {

    /** Counting stops here: "1000+" is all a list needs to say. */
    public static final int COUNT_CAP = 1000;

    /** More files than this on one form is not evidence any more but a mistake. */
    public static final int MAX_FILES = 30;

    private static final Map<String, String> SORTS = Map.of("lastActionAt", "q.last_action_at",
            "submittedAt", "q.submitted_at", "answerDue", "q.answer_due", "id", "q.id");

    private static final String ROW_COLUMNS = """
            select q.id, q.customer_id, c.name, d.name, p.code, q.status, q.last_action, q.last_action_at,
                   q.submitted_at, q.answer_due, q.answered_at
            from quality_complaint q
            join customer c on c.id = q.customer_id
            left join dealer d on d.id = q.dealer_id
            left join product p on p.id = q.product_id
            """;

    @PersistenceContext
    EntityManager em;

    @Inject
    ComplaintAccess access;

    @Inject
    Customers customers;

    @Inject
    Caller caller;

    @Inject
    Timeline timeline;

    @Inject
    PolicyLookup policies;

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
        customers.requireVisible(customerId);
        Object[] customer = (Object[]) em.createNativeQuery("select dealer_id, merged_into_id from customer where id = ?")
                .setParameter(1, customerId).getSingleResult();
        if (customer[1] != null) {
            throw new InvalidInput("customerId", "quality.error.customerMerged");
        }
        Long dealerId = dealerOfCaller();
        if (dealerId == null) {
            Long installationDealer = draft.getInstallationId() == null ? null : installationDealer(customerId, draft.getInstallationId());
            dealerId = installationDealer != null ? installationDealer : customer[0] == null ? null : ((Number) customer[0]).longValue();
        }
        Instant now = clock.instant();
        QualityComplaint complaint = new QualityComplaint(customerId, dealerId, now, actor());
        complaint.fill(form(customerId, draft), today(), now);
        em.persist(complaint);
        em.flush();
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
        long files = ((Number) em.createNativeQuery(
                        "select count(*) from quality_attachment where complaint_id = ? and removed_at is null")
                .setParameter(1, complaintId).getSingleResult()).longValue();
        if (files >= MAX_FILES) {
            throw new InvalidInput(kind.photo() ? "photos" : "purchaseProof", "quality.error.tooManyFiles");
        }
        UploadStore.StoredFile stored = store.store("quality", content);
        Attachment attachment = new Attachment(complaintId, kind, stored.type(), stored.storedName(), originalName,
                stored.size(), stored.sha256(), actor(), now);
        em.persist(attachment);
        em.flush();
        record(complaint, ComplaintAction.FILE_ADDED, null, null, kind + ": " + attachment.getOriginalName());
        flush(complaintId);
        return info(attachment);
    }

    /** Takes a file off a draft (the stored file and its record stay, marked removed). */
    public void detach(long complaintId, long attachmentId) {
        QualityComplaint complaint = find(complaintId);
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.getComplaintId() != complaintId || attachment.isRemoved()) {
            throw new NotFound("attachment " + attachmentId);
        }
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
                AnswerDeadline.due(now, answerHours.value(), answerHours.unit()), answerHours.id(), now, actor());
        record(complaint, ComplaintAction.SUBMITTED, from, complaint.getStatus(), null);
        flush(complaintId);
    }

    /** The company's answer (处理批复): the handling decided and the reason. */
    @Secured({Role.SUPERVISOR, Role.ADMIN})
    public void answer(long complaintId, String decidedHandling, String reason) {
        QualityComplaint complaint = find(complaintId);
        ComplaintStatus from = complaint.getStatus();
        complaint.answer(decidedHandling, reason, clock.instant(), actor());
        record(complaint, ComplaintAction.ANSWERED, from, complaint.getStatus(), decidedHandling + " — " + reason);
        flush(complaintId);
    }

    public ComplaintDetail detail(long complaintId) {
        QualityComplaint c = find(complaintId);
        Object[] names = (Object[]) em.createNativeQuery("""
                        select cu.name, d.name, p.code, p.name, p.category, p.length_mm, p.width_mm, p.thickness_mm,
                               p.veneer_mm, p.colour_grade, pv.value
                        from quality_complaint q
                        join customer cu on cu.id = q.customer_id
                        left join dealer d on d.id = q.dealer_id
                        left join product p on p.id = q.product_id
                        left join policy_value pv on pv.id = q.answer_policy_id
                        where q.id = ?""")
                .setParameter(1, complaintId).getSingleResult();
        String spec = names[2] == null ? null : ProductSpec.format((String) names[3], (String) names[4],
                ((Number) names[5]).intValue(), ((Number) names[6]).intValue(), ((Number) names[7]).intValue(),
                (BigDecimal) names[8], (String) names[9]);
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
        return new ComplaintDetail(c.getId(), c.getCustomerId(), (String) names[0], c.getDealerId(), (String) names[1],
                c.getInstallationId(), c.getProductId(), (String) names[2], (String) names[3], (String) names[4], spec,
                c.getQuantityM2(), c.getUnitPrice(), c.getInstallationMethod(), c.getInstalledOn(), c.getMovedInOn(),
                c.getProblemFoundOn(), c.getPhenomenon(), c.getAffectedM2(), c.getCauseAnalysis(), c.getProposedHandling(),
                c.getRegionalOpinion(), c.getStatus().name(), c.getCreatedAt(), c.getCreatedBy(), c.getSubmittedAt(),
                c.getSubmittedBy(), c.getAnswerDue(), c.getAnswerPolicyId(), (String) names[10], minPhotos,
                c.getMinPhotosPolicyId(), c.getDecidedHandling(), c.getAnswerReason(), c.getAnsweredAt(),
                c.getAnsweredBy(), c.getLastAction().name(), c.getLastActionAt(), c.getVersion(),
                c.badge(clock.instant()), attachments, missing);
    }

    public List<ComplaintHistoryEntry> history(long complaintId) {
        requireVisible(complaintId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select occurred_at, actor, action, from_status, to_status, note
                        from quality_complaint_history where complaint_id = ? order by occurred_at, id""")
                .setParameter(1, complaintId).getResultList();
        return rows.stream().map(r -> new ComplaintHistoryEntry(instant(r[0]), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5])).toList();
    }

    /**
     * A file's content for whoever may see its complaint; another dealer's file is "not found" like a missing one.
     * The caller closes the stream.
     */
    public FileDownload download(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.isRemoved()) {
            throw new NotFound("attachment " + attachmentId);
        }
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
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        String column = SqlValues.sortColumn(SORTS, sortField, "q.last_action_at");
        String direction = ascending ? " asc" : " desc";
        parameters.add(Math.max(1, Math.min(max, 200)));
        parameters.add(Math.max(0, first));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(ROW_COLUMNS + where + " order by " + column + direction
                + " nulls last, q.id" + direction + " limit ? offset ?"), parameters).getResultList();
        Instant now = clock.instant();
        return rows.stream().map(r -> new ComplaintRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], instant(r[7]), instant(r[8]),
                AnswerBadge.of(ComplaintStatus.valueOf((String) r[5]), instant(r[9]), instant(r[10]), now))).toList();
    }

    /** How many complaints match, counted up to {@link #COUNT_CAP} + 1. */
    public long count(ComplaintFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        parameters.add(COUNT_CAP + 1);
        return ((Number) bind(em.createNativeQuery("select count(*) from (select 1 from quality_complaint q "
                + where + " limit ?) hits"), parameters).getSingleResult()).longValue();
    }

    private String where(ComplaintFilter filter, List<Object> parameters) {
        ComplaintScope scope = scope();
        StringBuilder where = new StringBuilder(" where ").append(scope.condition());
        if (scope.parameter() != null) {
            parameters.add(scope.parameter());
        }
        if (filter.getStatus() != null) {
            where.append(" and q.status = ?");
            parameters.add(filter.getStatus().name());
        }
        if (filter.isOverdueOnly()) {
            where.append(" and q.status = 'SUBMITTED' and q.answer_due < ?");
            parameters.add(java.sql.Timestamp.from(clock.instant()));
        }
        return where.toString();
    }

    private ComplaintForm form(long customerId, ComplaintDraft draft) {
        if (draft.getInstallationId() != null) {
            installationDealer(customerId, draft.getInstallationId());
        }
        if (draft.getProductId() != null && em.createNativeQuery("select 1 from product where id = ?")
                .setParameter(1, draft.getProductId()).getResultList().isEmpty()) {
            throw new InvalidInput("productId", "quality.error.product");
        }
        return new ComplaintForm(draft.getInstallationId(), draft.getProductId(), draft.getQuantityM2(),
                draft.getUnitPrice(), blankToNull(draft.getInstallationMethod()), draft.getInstalledOn(),
                draft.getMovedInOn(), draft.getProblemFoundOn(), draft.getPhenomenon(), draft.getAffectedM2(),
                draft.getCauseAnalysis(), draft.getProposedHandling(), draft.getRegionalOpinion());
    }

    /** The dealer of the customer's installation; refused when the installation is not this customer's. */
    private Long installationDealer(long customerId, long installationId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(
                        "select coalesce(dealer_id, -1) from installation_archive where id = ? and customer_id = ?")
                .setParameter(1, installationId).setParameter(2, customerId).getResultList();
        if (rows.isEmpty()) {
            throw new InvalidInput("installationId", "quality.error.installationOfOtherCustomer");
        }
        long dealer = ((Number) rows.get(0)).longValue();
        return dealer < 0 ? null : dealer;
    }

    /** Brand and product line of the form's product (null, null when none yet): policies may differ by them. */
    private String[] productLine(Long productId) {
        if (productId == null) {
            return new String[2];
        }
        Object[] row = (Object[]) em.createNativeQuery("select brand, product_line from product where id = ?")
                .setParameter(1, productId).getSingleResult();
        return new String[]{(String) row[0], (String) row[1]};
    }

    private Attachments files(long complaintId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select kind, count(*) from quality_attachment
                        where complaint_id = ? and removed_at is null group by kind""")
                .setParameter(1, complaintId).getResultList();
        int overall = 0;
        int closeUp = 0;
        int proofs = 0;
        for (Object[] row : rows) {
            int n = ((Number) row[1]).intValue();
            switch (AttachmentKind.valueOf((String) row[0])) {
                case PHOTO_OVERALL -> overall = n;
                case PHOTO_CLOSE_UP -> closeUp = n;
                case PURCHASE_PROOF -> proofs = n;
            }
        }
        return new Attachments(overall, closeUp, proofs);
    }

    private List<AttachmentInfo> attachments(long complaintId) {
        return em.createQuery("select a from Attachment a where a.complaintId = :id and a.removedAt is null order by a.id",
                        Attachment.class)
                .setParameter("id", complaintId).getResultList().stream().map(QualityComplaints::info).toList();
    }

    private static AttachmentInfo info(Attachment a) {
        return new AttachmentInfo(a.getId(), a.getKind().name(), a.getOriginalName(), a.getContentType(),
                a.getSizeBytes(), a.getSha256(), a.getUploadedBy(), a.getUploadedAt());
    }

    private QualityComplaint find(long complaintId) {
        requireVisible(complaintId);
        QualityComplaint complaint = em.find(QualityComplaint.class, complaintId);
        if (complaint == null) {
            throw new NotFound("quality complaint " + complaintId);
        }
        return complaint;
    }

    private void flush(long complaintId) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange("quality complaint " + complaintId);
        }
    }

    private void record(QualityComplaint complaint, ComplaintAction action, ComplaintStatus from, ComplaintStatus to,
                        String note) {
        em.persist(new ComplaintHistory(complaint.getId(), clock.instant(), actor(), action, from, to, note));
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

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
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
