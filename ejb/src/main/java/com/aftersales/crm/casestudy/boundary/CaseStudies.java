package com.aftersales.crm.casestudy.boundary;

import com.aftersales.crm.casestudy.entity.CaseStudy;
import com.aftersales.crm.platform.JobRuns;
import com.aftersales.crm.platform.UploadStore;
import com.aftersales.crm.provider.boundary.ProviderStatuses;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.FileDownload;
import com.aftersales.crm.shared.FileType;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.shared.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * 服务案例: providers submit their monthly typical case (only their own, for this month or the last one while it is
 * not closed); supervisors judge a case worthless, close a month on demand (the month-end job, which the schedule also
 * starts), and lift a suspension. A provider sees its own cases, months and notices only.
 */
@Stateless
@Secured({Role.PROVIDER, Role.SUPERVISOR, Role.ADMIN})
public class CaseStudies {

    public static final String JOB = "case-study-compliance";
    public static final int MAX_FILES = 10;
    private static final String UPLOAD_AREA = "caseStudy";

    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    JobRuns jobs;

    @Inject
    ProviderStatuses statuses;

    @Inject
    UploadStore uploads;

    @Inject
    Clock clock;

    @Secured(Role.PROVIDER)
    public long submit(@NotNull CaseStudyDraft draft) {
        UserPrincipal user = caller.require();
        YearMonth current = YearMonth.now(clock.withZone(BUSINESS_ZONE));
        YearMonth month = draft.getMonth() == null ? current : draft.getMonth();
        if (month.isAfter(current) || month.isBefore(current.minusMonths(1)) || closed(user.providerId(), month)) {
            throw new InvalidInput("month", "caseStudy.error.monthClosed");
        }
        CaseStudy study = new CaseStudy(user.providerId(), month, draft.getTitle(), draft.getSituation(),
                draft.getHandling(), draft.getLessons(), clock.instant(), user.username());
        em.persist(study);
        em.flush();
        return study.getId();
    }

    /** 判为无价值, with the reason; a month already closed keeps its record (the judgement counts from the next close). */
    @Secured({Role.SUPERVISOR, Role.ADMIN})
    public void judgeWorthless(long caseStudyId, String reason) {
        CaseStudy study = em.find(CaseStudy.class, caseStudyId);
        if (study == null) {
            throw new NotFound("case study " + caseStudyId);
        }
        study.judgeWorthless(reason, caller.require().username(), clock.instant());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange("case study " + caseStudyId);
        }
    }

    /** Starts the month-end job for a month now (it records nothing twice). @return the job execution id */
    @Secured({Role.SUPERVISOR, Role.ADMIN})
    public long closeMonth(@NotNull YearMonth month) {
        if (!month.isBefore(YearMonth.now(clock.withZone(BUSINESS_ZONE)))) {
            throw new InvalidInput("month", "caseStudy.error.monthNotOver");
        }
        Properties parameters = new Properties();
        parameters.setProperty("month", month.toString());
        return jobs.start(JOB, parameters);
    }

    /** Where a month-end run stands (COMPLETED, FAILED…). */
    @Secured({Role.SUPERVISOR, Role.ADMIN})
    public String closingStatus(long executionId) {
        return jobs.status(executionId);
    }

    /** Lifts a suspension for rectification: the provider is active again, the notice closed. */
    @Secured({Role.SUPERVISOR, Role.ADMIN})
    public void lift(long noticeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select provider_id, lifted_at from provider_notice where id = ?")
                .setParameter(1, noticeId).getResultList();
        if (found.isEmpty()) {
            throw new NotFound("notice " + noticeId);
        }
        Object[] notice = found.get(0);
        if (notice[1] != null) {
            throw new InvalidInput("notice", "caseStudy.error.alreadyLifted");
        }
        statuses.reinstate(((Number) notice[0]).longValue());
        em.createNativeQuery("update provider_notice set lifted_at = ?, lifted_by = ? where id = ?")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, caller.require().username())
                .setParameter(3, noticeId).executeUpdate();
    }

    /** Service cases, newest month first (a provider: its own). */
    public List<CaseStudyRow> list(int first, int max) {
        List<Object> parameters = new ArrayList<>();
        String where = scope("s.provider_id", parameters);
        parameters.add(Math.max(1, Math.min(max, 200)));
        parameters.add(Math.max(0, first));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = SqlValues.bind(em.createNativeQuery("""
                        select s.id, s.provider_id, p.name, s.month, s.title, s.situation, s.handling, s.lessons,
                               s.submitted_at, s.submitted_by, s.worthless, s.judged_by, s.judgement_reason
                        from case_study s join service_provider p on p.id = s.provider_id""" + where
                + " order by s.month desc, s.submitted_at desc limit ? offset ?"), parameters).getResultList();
        java.util.Map<Long, List<CaseStudyFile>> files = files(rows.stream().map(r -> ((Number) r[0]).longValue()).toList());
        return rows.stream().map(r -> new CaseStudyRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], date(r[3]), (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                SqlValues.instant(r[8]), (String) r[9], (Boolean) r[10], (String) r[11], (String) r[12],
                files.getOrDefault(((Number) r[0]).longValue(), List.of()))).toList();
    }

    /** The attachments of the listed cases, in one query. */
    private java.util.Map<Long, List<CaseStudyFile>> files(List<Long> studyIds) {
        java.util.Map<Long, List<CaseStudyFile>> files = new java.util.HashMap<>();
        if (studyIds.isEmpty()) {
            return files;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select case_study_id, id, original_name, file_type, size_bytes from case_study_attachment
                        where case_study_id = any(cast(? as bigint[])) order by case_study_id, id""")
                .setParameter(1, SqlValues.arrayLiteral(studyIds)).getResultList();
        rows.forEach(r -> files.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                .add(new CaseStudyFile(((Number) r[1]).longValue(), (String) r[2], (String) r[3], ((Number) r[4]).longValue())));
        return files;
    }

    /**
     * Attaches a photo or a PDF to the provider's own case while its month is open (recognised by its content,
     * 10 MB at most, up to {@value #MAX_FILES} per case).
     */
    @Secured(Role.PROVIDER)
    public CaseStudyFile attach(long caseStudyId, String fileName, @NotNull java.io.InputStream content) {
        UserPrincipal user = caller.require();
        CaseStudy study = em.find(CaseStudy.class, caseStudyId);
        if (study == null || !java.util.Objects.equals(study.getProviderId(), user.providerId())) {
            throw new NotFound("case study " + caseStudyId);
        }
        if (closed(user.providerId(), YearMonth.from(study.getMonth()))) {
            throw new InvalidInput("month", "caseStudy.error.monthClosed");
        }
        long count = ((Number) em.createNativeQuery("select count(*) from case_study_attachment where case_study_id = ?")
                .setParameter(1, caseStudyId).getSingleResult()).longValue();
        if (count >= MAX_FILES) {
            throw new InvalidInput("file", "caseStudy.error.tooManyFiles", MAX_FILES);
        }
        UploadStore.StoredFile stored = uploads.store(UPLOAD_AREA, content);
        String name = fileName == null || fileName.isBlank() ? stored.storedName()
                : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        name = name.length() > 255 ? name.substring(0, 255) : name;
        Number id = (Number) em.createNativeQuery("""
                        insert into case_study_attachment (case_study_id, file_type, stored_name, original_name, size_bytes,
                                                           sha256, uploaded_at, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .setParameter(1, caseStudyId).setParameter(2, stored.type().name()).setParameter(3, stored.storedName())
                .setParameter(4, name).setParameter(5, stored.size()).setParameter(6, stored.sha256())
                .setParameter(7, Timestamp.from(clock.instant())).setParameter(8, user.username()).getSingleResult();
        return new CaseStudyFile(id.longValue(), name, stored.type().name(), stored.size());
    }

    /** An attachment for whoever may see its case (a provider: its own); another's is "not found" like a missing one. */
    public FileDownload download(long attachmentId) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(attachmentId);
        String where = scope("s.provider_id", parameters).replace(" where ", " and ");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = SqlValues.bind(em.createNativeQuery("""
                        select a.original_name, a.file_type, a.size_bytes, a.stored_name
                        from case_study_attachment a join case_study s on s.id = a.case_study_id
                        where a.id = ?""" + where), parameters).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("case study attachment " + attachmentId);
        }
        Object[] r = rows.get(0);
        return new FileDownload((String) r[0], FileType.valueOf((String) r[1]).contentType(),
                ((Number) r[2]).longValue(), uploads.open(UPLOAD_AREA, (String) r[3]));
    }

    /** The largest attachment accepted, in bytes. */
    public long maxFileBytes() {
        return uploads.maxBytes();
    }

    /** Closed months, latest first (a provider: its own), with the deductions. */
    public List<ComplianceRow> compliance(int max) {
        List<Object> parameters = new ArrayList<>();
        String where = scope("c.provider_id", parameters);
        parameters.add(Math.max(1, Math.min(max, 500)));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = SqlValues.bind(em.createNativeQuery("""
                        select c.provider_id, p.name, c.month, c.compliant, c.reason, c.deduction
                        from case_study_compliance c join service_provider p on p.id = c.provider_id""" + where
                + " order by c.month desc, p.name limit ?"), parameters).getResultList();
        return rows.stream().map(r -> new ComplianceRow(((Number) r[0]).longValue(), (String) r[1], date(r[2]),
                (Boolean) r[3], (String) r[4], (BigDecimal) r[5])).toList();
    }

    /** Suspension notices, open ones first (a provider: its own). */
    public List<NoticeRow> notices() {
        List<Object> parameters = new ArrayList<>();
        String where = scope("n.provider_id", parameters);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = SqlValues.bind(em.createNativeQuery("""
                        select n.id, n.provider_id, p.name, n.period, n.created_at, n.lifted_at, n.lifted_by
                        from provider_notice n join service_provider p on p.id = n.provider_id""" + where
                + " order by n.lifted_at is not null, n.created_at desc limit 100"), parameters).getResultList();
        return rows.stream().map(r -> new NoticeRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], date(r[3]), SqlValues.instant(r[4]), SqlValues.instant(r[5]), (String) r[6])).toList();
    }

    private boolean closed(Long providerId, YearMonth month) {
        return ((Number) em.createNativeQuery("select count(*) from case_study_compliance where provider_id = ? and month = ?")
                .setParameter(1, providerId).setParameter(2, Date.valueOf(month.atDay(1))).getSingleResult()).longValue() > 0;
    }

    private String scope(String column, List<Object> parameters) {
        UserPrincipal user = caller.require();
        if (user.hasAnyRole(Role.SUPERVISOR, Role.ADMIN)) {
            return "";
        }
        parameters.add(user.providerId() == null ? -1L : user.providerId());
        return " where " + column + " = ?";
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
