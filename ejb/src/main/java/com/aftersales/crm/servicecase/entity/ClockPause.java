package com.aftersales.crm.servicecase.entity;

import com.aftersales.crm.shared.FileType;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * 停表: one pause of one SLA clock of a case, for a reason from the policy list, with a note and, where the reason asks,
 * evidence (the recording id of the call, or a photo). Open until resumed; a supervisor may reject it, which undoes it as if it
 * had never been: the resume's shift of the deadline is taken back. Who paused, resumed and rejected, and when, are
 * kept. A pause for the provider's own reason is recorded but stops nothing: its shift is always zero.
 */
@Entity
@Table(name = "sla_pause")
public class ClockPause {

    public enum Event { PAUSED, RESUMED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long caseId;

    @Column(updatable = false)
    private CaseClock clock;

    @Column(updatable = false)
    private int cycle;

    @Column(updatable = false)
    private String reasonCode;

    @Column(updatable = false)
    private DelayParty party;

    @Column(updatable = false)
    private String note;

    @Column(updatable = false)
    private String recordingId;

    @Column(updatable = false)
    private String photoStoredName;

    @Column(updatable = false)
    private String photoFileName;

    @Column(updatable = false)
    private FileType photoType;

    @Column(updatable = false)
    private Long photoSize;

    @Column(updatable = false)
    private String photoSha256;

    @Column(updatable = false)
    private Instant dueAtPause;

    @Column(updatable = false)
    private Instant pausedAt;

    @Column(updatable = false)
    private String pausedBy;

    private Instant resumedAt;

    private String resumedBy;

    private long shiftSeconds;

    private Instant rejectedAt;

    private String rejectedBy;

    private String rejectionReason;

    @Version
    private long version;

    protected ClockPause() {
    }

    /** Pauses a clock with no photo (see the full constructor). */
    public ClockPause(long caseId, CaseClock clock, int cycle, PauseReason reason, String note, String recordingId,
                      Instant due, Instant now, String by) {
        this(caseId, clock, cycle, reason, note, recordingId, null, due, now, by);
    }

    /**
     * Pauses a clock: the reason must be active, the note given, the evidence — the call's recording id or a photo —
     * given when the reason requires it; a photo must be a picture; the clock must still be running (the caller says
     * so) and not yet past its deadline.
     */
    public ClockPause(long caseId, CaseClock clock, int cycle, PauseReason reason, String note, String recordingId,
                      PausePhoto photo, Instant due, Instant now, String by) {
        if (reason == null || !reason.active()) {
            throw new InvalidInput("reason", "pause.error.reason");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInput("note", "validation.required");
        }
        String evidence = recordingId == null || recordingId.isBlank() ? null : recordingId.trim();
        if (photo != null && !PausePhoto.isImage(photo.type())) {
            throw new InvalidInput("photo", "pause.error.photoType");
        }
        if (reason.evidenceRequired() && evidence == null && photo == null) {
            throw new InvalidInput("recordingId", "pause.error.evidenceRequired");
        }
        if (evidence != null && evidence.length() > 100) {
            throw new InvalidInput("recordingId", "pause.error.recordingTooLong");
        }
        if (due == null) {
            throw new InvalidInput("clock", "pause.error.noClock");
        }
        if (!now.isBefore(due)) {
            throw new InvalidInput("clock", "pause.error.pastDue");
        }
        String text = note.trim();
        this.caseId = caseId;
        this.clock = Objects.requireNonNull(clock);
        this.cycle = cycle;
        this.reasonCode = reason.code();
        this.party = reason.party();
        this.note = text.length() <= 1000 ? text : text.substring(0, 1000);
        this.recordingId = evidence;
        if (photo != null) {
            String name = photo.fileName() == null || photo.fileName().isBlank() ? photo.storedName() : photo.fileName();
            this.photoStoredName = photo.storedName();
            this.photoFileName = name.length() <= 255 ? name : name.substring(0, 255);
            this.photoType = photo.type();
            this.photoSize = photo.size();
            this.photoSha256 = photo.sha256();
        }
        this.dueAtPause = due;
        this.pausedAt = now;
        this.pausedBy = by;
    }

    /**
     * Resumes the clock; returns how far its deadline moves: the time it was paused (never negative), or nothing for a
     * reason owned by the provider.
     */
    public Duration resume(Instant now, String by) {
        if (!isOpen()) {
            throw new IllegalTransition("pause", state(), Event.RESUMED);
        }
        Instant end = now.isBefore(pausedAt) ? pausedAt : now;
        this.resumedAt = end;
        this.resumedBy = by;
        this.shiftSeconds = party.stopsClock() ? Duration.between(pausedAt, end).getSeconds() : 0;
        return Duration.ofSeconds(shiftSeconds);
    }

    /**
     * A supervisor rejects the pause, with the reason: it is undone as if it had never been. Returns how far the
     * deadline moves back: what the resume moved it, or nothing for a pause still open (which this closes).
     */
    public Duration reject(String reason, Instant now, String by) {
        if (rejectedAt != null) {
            throw new IllegalTransition("pause", state(), Event.REJECTED);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("rejectionReason", "validation.required");
        }
        String text = reason.trim();
        this.rejectedAt = now;
        this.rejectedBy = by;
        this.rejectionReason = text.length() <= 1000 ? text : text.substring(0, 1000);
        Duration back = Duration.ofSeconds(shiftSeconds);
        this.shiftSeconds = 0;
        return back;
    }

    public boolean isOpen() {
        return resumedAt == null && rejectedAt == null;
    }

    /** Where the pause stands: open (PAUSED), RESUMED or REJECTED. */
    public Event state() {
        return rejectedAt != null ? Event.REJECTED : resumedAt != null ? Event.RESUMED : Event.PAUSED;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public CaseClock getClock() {
        return clock;
    }

    public int getCycle() {
        return cycle;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public DelayParty getParty() {
        return party;
    }

    public String getNote() {
        return note;
    }

    public String getRecordingId() {
        return recordingId;
    }

    /** The photo kept as evidence, or null. */
    public PausePhoto getPhoto() {
        return photoStoredName == null ? null
                : new PausePhoto(photoStoredName, photoFileName, photoType, photoSize, photoSha256);
    }

    public Instant getPausedAt() {
        return pausedAt;
    }

    public Instant getResumedAt() {
        return resumedAt;
    }

    public Duration getShift() {
        return Duration.ofSeconds(shiftSeconds);
    }
}
