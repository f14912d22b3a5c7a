package com.aftersales.crm.servicecase.boundary;

import com.aftersales.crm.platform.UploadStore;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.servicecase.control.Breaches;
import com.aftersales.crm.servicecase.control.CaseAccess;
import com.aftersales.crm.servicecase.control.CaseRecords;
import com.aftersales.crm.servicecase.control.ClockPausing;
import com.aftersales.crm.servicecase.control.PauseRecords;
import com.aftersales.crm.servicecase.entity.CaseAction;
import com.aftersales.crm.servicecase.entity.CaseClock;
import com.aftersales.crm.servicecase.entity.CaseHistory;
import com.aftersales.crm.servicecase.entity.ClockPause;
import com.aftersales.crm.servicecase.entity.PausePhoto;
import com.aftersales.crm.servicecase.entity.PauseReason;
import com.aftersales.crm.servicecase.entity.PauseRow;
import com.aftersales.crm.servicecase.entity.ServiceCase;
import com.aftersales.crm.shared.FileDownload;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.timeline.boundary.Timeline;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * 停表: pausing an SLA clock of a case for a reason from the policy list, resuming it (the deadline moves by the paused
 * time, so every badge, breach, escalation, report and score reads the moved deadline from the case), and a
 * supervisor's rejection of a pause, which undoes it as if it had never been. Rules: only a running clock (case open,
 * clock not stopped) before its deadline may be paused — a clock already past due stays breached; one open pause per
 * clock; a note always, evidence (the call's recording id or a photo) when the reason asks for it. Agents, supervisors and the
 * case's own provider pause and resume; supervisors reject. Each step is written in the case's trail and the customer's
 * timeline.
 */
@Stateless
@Secured(Duty.DISPATCH)
public class SlaPauses {

    /** The upload store's folder of pause photos (its refusals read {@code pause.error.tooLarge}, {@code .empty}, {@code .fileType}). */
    static final String UPLOAD_AREA = "pause";

    /** A photo given as a pause's evidence: the name it came with and its content (the caller closes it). */
    public record Photo(String fileName, InputStream content) {
    }

    @Inject
    UploadStore uploads;

    @Inject
    CaseAccess access;

    @Inject
    CaseRecords records;

    @Inject
    PauseRecords pauses;

    @Inject
    ClockPausing pausing;

    @Inject
    Breaches breaches;

    @Inject
    Timeline timeline;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The active reasons a clock may be paused for, in the administrator's order. */
    @Secured(Duty.CUSTOMER_SERVICE)
    public List<PauseReason> reasons() {
        return pauses.reasons(false);
    }

    /** Every reason, active or not (the administrator's list). */
    @Secured(Duty.ADMINISTRATION)
    public List<PauseReason> allReasons() {
        return pauses.reasons(true);
    }

    /** Adds or changes a reason of the policy list; a reason once used is deactivated rather than deleted. */
    @Secured(Duty.ADMINISTRATION)
    public void saveReason(@NotNull PauseReason reason) {
        pauses.saveReason(reason);
    }

    /** Pauses the clock now, with no photo; returns the pause's id. */
    public long pause(long caseId, CaseClock which, String reasonCode, String note, String recordingId) {
        return pause(caseId, which, reasonCode, note, recordingId, null);
    }

    /**
     * Pauses the clock now; returns the pause's id. A photo, if given, is kept as evidence (a reason asking for evidence
     * is satisfied by it as by a recording id): its content must be a picture (JPEG or PNG) within the upload limit.
     */
    public long pause(long caseId, CaseClock which, String reasonCode, String note, String recordingId, Photo photo) {
        if (which == null) {
            throw new InvalidInput("clock", "validation.required");
        }
        ServiceCase serviceCase = find(caseId);
        PauseReason reason = pauses.reason(reasonCode).filter(PauseReason::active)
                .orElseThrow(() -> new InvalidInput("reason", "pause.error.reason"));
        Instant due = serviceCase.runningDue(which);
        if (due == null) {
            throw new InvalidInput("clock", "pause.error.clockStopped");
        }
        if (pauses.open(caseId, which, serviceCase.getReopenCount()).isPresent()) {
            throw new InvalidInput("clock", "pause.error.alreadyPaused");
        }
        Instant now = clock.instant();
        ClockPause pause = new ClockPause(caseId, which, serviceCase.getReopenCount(), reason, note, recordingId,
                photo == null || photo.content() == null ? null : keep(photo), due, now, actor());
        pauses.add(pause);
        record(serviceCase, CaseAction.CLOCK_PAUSED, pausing.trailNote(pause, null)
                + (pause.getRecordingId() == null ? "" : " · 录音 " + pause.getRecordingId())
                + (pause.getPhoto() == null ? "" : " · 照片 " + pause.getPhoto().fileName()));
        return pause.getId();
    }

    /** The largest photo accepted, in bytes. */
    @Secured(Duty.CUSTOMER_SERVICE)
    public long maxPhotoBytes() {
        return uploads.maxBytes();
    }

    /**
     * The photo of a pause, for whoever may see its case (a dealer or provider: its own cases only); a pause of
     * another's case, a missing one and one without a photo are all "not found".
     */
    @Secured(Duty.CUSTOMER_SERVICE)
    public FileDownload photo(long pauseId) {
        ClockPause pause = pauses.get(pauseId).orElseThrow(() -> new NotFound("pause " + pauseId));
        requireVisible(pause.getCaseId());
        PausePhoto photo = pause.getPhoto();
        if (photo == null) {
            throw new NotFound("photo of pause " + pauseId);
        }
        return new FileDownload(photo.fileName(), photo.type().contentType(), photo.size(),
                uploads.open(UPLOAD_AREA, photo.storedName()));
    }

    /** Stores the photo (deleted again if the pause is refused later): a picture only, never a PDF. */
    private PausePhoto keep(Photo photo) {
        UploadStore.StoredFile stored = uploads.store(UPLOAD_AREA, photo.content());
        if (!PausePhoto.isImage(stored.type())) {
            throw new InvalidInput("photo", "pause.error.photoType");
        }
        String name = photo.fileName() == null ? null
                : photo.fileName().substring(Math.max(photo.fileName().lastIndexOf('/'), photo.fileName().lastIndexOf('\\')) + 1);
        return new PausePhoto(stored.storedName(), name == null || name.isBlank() ? stored.storedName() : name,
                stored.type(), stored.size(), stored.sha256());
    }

    /** Resumes the paused clock now: its deadline moves by the time it stood paused. */
    public void resume(long caseId, CaseClock which) {
        if (which == null) {
            throw new InvalidInput("clock", "validation.required");
        }
        ServiceCase serviceCase = find(caseId);
        ClockPause pause = pausing.resume(serviceCase, which, clock.instant(), actor())
                .orElseThrow(() -> new InvalidInput("clock", "pause.error.notPaused"));
        records.save(caseId);
        record(serviceCase, CaseAction.CLOCK_RESUMED, pausing.trailNote(pause,
                "顺延 " + pause.getShift().toMinutes() + " 分钟"));
    }

    /**
     * A supervisor rejects a pause, with the reason: as if it had never been — a resumed pause's shift is taken back
     * from the deadline, an open one is closed. A deadline that has passed meanwhile is a breach: a clock that stopped
     * late is recorded at once, a running one by the watch's next run.
     */
    @Secured(Duty.SUPERVISION)
    public void reject(long caseId, long pauseId, String reason) {
        ServiceCase serviceCase = find(caseId);
        ClockPause pause = pauses.find(caseId, pauseId);
        if (pause.getCycle() != serviceCase.getReopenCount()) {
            throw new InvalidInput("pause", "pause.error.earlierCycle");
        }
        Instant now = clock.instant();
        Duration back = pause.reject(reason, now, actor());
        serviceCase.moveDeadline(pause.getClock(), back.negated());
        records.save(caseId);
        record(serviceCase, CaseAction.PAUSE_REJECTED, pausing.trailNote(pause,
                "收回 " + back.toMinutes() + " 分钟：" + reason.trim()));
        records.writePending();
        BreachTimeline.write(timeline, breaches.recordLate(caseId, now), now);
    }

    /** The life of the case's clocks: every pause (open, resumed, rejected), oldest first. */
    @Secured(Duty.CUSTOMER_SERVICE)
    public List<PauseRow> life(long caseId) {
        requireVisible(caseId);
        return pauses.life(caseId);
    }

    private ServiceCase find(long caseId) {
        requireVisible(caseId);
        return records.find(caseId);
    }

    private void requireVisible(long caseId) {
        UserPrincipal principal = caller.require();
        var scope = access.scopeOf(principal)
                .orElseThrow(() -> new AccessDenied(principal.username() + " sees no cases"));
        if (!access.visible(caseId, scope)) {
            throw new NotFound("case " + caseId);
        }
    }

    private void record(ServiceCase serviceCase, CaseAction action, String note) {
        Instant now = clock.instant();
        records.addHistory(new CaseHistory(serviceCase.getId(), null, now, actor(), action, null, null, note));
        timeline.append(serviceCase.getCustomerId(), action.timelineKind(), "#" + serviceCase.getId() + " " + note,
                "CASE", serviceCase.getId());
    }

    private String actor() {
        return caller.current().map(UserPrincipal::username).orElse("system");
    }
}
