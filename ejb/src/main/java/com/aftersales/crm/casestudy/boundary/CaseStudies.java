package com.aftersales.crm.casestudy.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.casestudy.control.CaseStudyRepository;
import com.aftersales.crm.casestudy.entity.CaseStudy;
import com.aftersales.crm.casestudy.entity.CaseStudyFile;
import com.aftersales.crm.casestudy.entity.CaseStudyRow;
import com.aftersales.crm.casestudy.entity.ComplianceRow;
import com.aftersales.crm.casestudy.entity.NoticeRow;
import com.aftersales.crm.platform.JobRuns;
import com.aftersales.crm.platform.UploadStore;
import com.aftersales.crm.platform.control.Aggregates;
import com.aftersales.crm.provider.boundary.ProviderStatuses;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.FileDownload;
import com.aftersales.crm.shared.FileType;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;

/**
 * 服务案例: providers submit their monthly typical case (only their own, for this month or the last one while it is
 * not closed); supervisors judge a case worthless, close a month on demand (the month-end job, which the schedule also
 * starts), and lift a suspension. A provider sees its own cases, months and notices only.
 */
@Stateless
@Secured(Duty.PROVIDER_SUPERVISION)
public class CaseStudies {

    public static final String JOB = "case-study-compliance";
    public static final int MAX_FILES = 10;
    private static final String UPLOAD_AREA = "caseStudy";

    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    CaseStudyRepository studies;

    @Inject
    Aggregates aggregates;

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

    @Secured(Duty.PROVIDER_WORK)
    public long submit(@NotNull CaseStudyDraft draft) {
        UserPrincipal user = caller.require();
        YearMonth current = YearMonth.now(clock.withZone(BUSINESS_ZONE));
        YearMonth month = draft.getMonth() == null ? current : draft.getMonth();
        if (month.isAfter(current) || month.isBefore(current.minusMonths(1)) || closed(user.providerId(), month)) {
            throw new InvalidInput("month", "caseStudy.error.monthClosed");
        }
        CaseStudy study = new CaseStudy(user.providerId(), month, draft.getTitle(), draft.getSituation(),
                draft.getHandling(), draft.getLessons(), clock.instant(), user.username());
        return studies.add(study);
    }

    /** 判为无价值, with the reason; a month already closed keeps its record (the judgement counts from the next close). */
    @Secured(Duty.SUPERVISION)
    public void judgeWorthless(long caseStudyId, String reason) {
        CaseStudy study = aggregates.find(CaseStudy.class, caseStudyId, "case study");
        study.judgeWorthless(reason, caller.require().username(), clock.instant());
        aggregates.flush("case study", caseStudyId);
    }

    /** Starts the month-end job for a month now (it records nothing twice). @return the job execution id */
    @Secured(Duty.SUPERVISION)
    public long closeMonth(@NotNull YearMonth month) {
        if (!month.isBefore(YearMonth.now(clock.withZone(BUSINESS_ZONE)))) {
            throw new InvalidInput("month", "caseStudy.error.monthNotOver");
        }
        Properties parameters = new Properties();
        parameters.setProperty("month", month.toString());
        return jobs.start(JOB, parameters);
    }

    /** Where a month-end run stands (COMPLETED, FAILED…). */
    @Secured(Duty.SUPERVISION)
    public String closingStatus(long executionId) {
        return jobs.status(executionId);
    }

    /** Lifts a suspension for rectification: the provider is active again, the notice closed. */
    @Secured(Duty.SUPERVISION)
    public void lift(long noticeId) {
        CaseStudyRepository.Notice notice = studies.notice(noticeId).orElseThrow(() -> new NotFound("notice " + noticeId));
        if (notice.liftedAt() != null) {
            throw new InvalidInput("notice", "caseStudy.error.alreadyLifted");
        }
        statuses.reinstate(notice.providerId());
        studies.liftNotice(noticeId, clock.instant(), caller.require().username());
    }

    /** Service cases, newest month first (a provider: its own). */
    public List<CaseStudyRow> list(int first, int max) {
        return studies.list(ownProvider(), first, max);
    }

    /**
     * Attaches a photo or a PDF to the provider's own case while its month is open (recognised by its content,
     * 10 MB at most, up to {@value #MAX_FILES} per case).
     */
    @Secured(Duty.PROVIDER_WORK)
    public CaseStudyFile attach(long caseStudyId, String fileName, @NotNull java.io.InputStream content) {
        UserPrincipal user = caller.require();
        CaseStudy study = studies.findOrNull(caseStudyId);
        if (study == null || !java.util.Objects.equals(study.getProviderId(), user.providerId())) {
            throw new NotFound("case study " + caseStudyId);
        }
        if (closed(user.providerId(), YearMonth.from(study.getMonth()))) {
            throw new InvalidInput("month", "caseStudy.error.monthClosed");
        }
        long count = studies.attachmentCount(caseStudyId);
        if (count >= MAX_FILES) {
            throw new InvalidInput("file", "caseStudy.error.tooManyFiles", MAX_FILES);
        }
        UploadStore.StoredFile stored = uploads.store(UPLOAD_AREA, content);
        String name = fileName == null || fileName.isBlank() ? stored.storedName()
                : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        name = name.length() > 255 ? name.substring(0, 255) : name;
        long id = studies.addAttachment(caseStudyId, stored.type().name(), stored.storedName(), name, stored.size(),
                stored.sha256(), clock.instant(), user.username());
        return new CaseStudyFile(id, name, stored.type().name(), stored.size());
    }

    /** An attachment for whoever may see its case (a provider: its own); another's is "not found" like a missing one. */
    public FileDownload download(long attachmentId) {
        CaseStudyRepository.Attachment a = studies.attachment(attachmentId, ownProvider())
                .orElseThrow(() -> new NotFound("case study attachment " + attachmentId));
        return new FileDownload(a.originalName(), FileType.valueOf(a.fileType()).contentType(), a.size(),
                uploads.open(UPLOAD_AREA, a.storedName()));
    }

    /** The largest attachment accepted, in bytes. */
    public long maxFileBytes() {
        return uploads.maxBytes();
    }

    /** Closed months, latest first (a provider: its own), with the deductions. */
    public List<ComplianceRow> compliance(int max) {
        return studies.compliance(ownProvider(), max);
    }

    /** Suspension notices, open ones first (a provider: its own). */
    public List<NoticeRow> notices() {
        return studies.notices(ownProvider());
    }

    private boolean closed(Long providerId, YearMonth month) {
        return studies.closed(providerId, month);
    }

    /** Null for head office (every provider's); a provider: its own only (none when its account names no provider). */
    private Long ownProvider() {
        UserPrincipal user = caller.require();
        if (user.can(Duty.SUPERVISION)) {
            return null;
        }
        return user.providerId() == null ? -1L : user.providerId();
    }
}
