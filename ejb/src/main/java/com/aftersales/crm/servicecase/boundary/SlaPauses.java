package com.aftersales.crm.servicecase.boundary;

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
import com.aftersales.crm.servicecase.entity.PauseReason;
import com.aftersales.crm.servicecase.entity.PauseRow;
import com.aftersales.crm.servicecase.entity.ServiceCase;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.timeline.boundary.Timeline;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * 停表: pausing an SLA clock of a case for a reason from the policy list, resuming it (the deadline moves by the paused
 * time, so every badge, breach, escalation, report and score reads the moved deadline from the case), and a
 * supervisor's rejection of a pause, which undoes it as if it had never been. Rules: only a running clock (case open,
 * clock not stopped) before its deadline may be paused — a clock already past due stays breached; one open pause per
 * clock; a note always, evidence (the call's recording id) when the reason asks for it. Agents, supervisors and the
 * case's own provider pause and resume; supervisors reject. Each step is written in the case's trail and the customer's
 * timeline.
 */
@Stateless
@Secured(Duty.DISPATCH)
public class SlaPauses {

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

    /** Pauses the clock now; returns the pause's id. */
    public long pause(long caseId, CaseClock which, String reasonCode, String note, String recordingId) {
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
        ClockPause pause = new ClockPause(caseId, which, serviceCase.getReopenCount(), reason, note, recordingId, due, now,
                actor());
        pauses.add(pause);
        record(serviceCase, CaseAction.CLOCK_PAUSED, pausing.trailNote(pause, null)
                + (pause.getRecordingId() == null ? "" : " · 录音 " + pause.getRecordingId()));
        return pause.getId();
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
