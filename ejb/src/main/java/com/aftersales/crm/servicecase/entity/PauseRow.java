package com.aftersales.crm.servicecase.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * One pause in a clock's life as the case page and the API list it: why (the reason's code, its label in both
 * languages and the party owning the time), the note and evidence (recording id; {@code photo}: a photo is kept), who paused, resumed or rejected it and when, and
 * how far it moved the deadline.
 */
public record PauseRow(long id, String clock, int cycle, String reasonCode, String reasonZh, String reasonEn,
                       String party, String note, String recordingId, Instant dueAtPause, Instant pausedAt,
                       String pausedBy, Instant resumedAt, String resumedBy, long shiftMinutes, Instant rejectedAt,
                       String rejectedBy, String rejectionReason, boolean photo, String state) implements Serializable {

    /** {@code state}: PAUSED (still open), RESUMED or REJECTED, as the times say. */
    public PauseRow {
        state = rejectedAt != null ? "REJECTED" : resumedAt != null ? "RESUMED" : "PAUSED";
    }

    public PauseRow(long id, String clock, int cycle, String reasonCode, String reasonZh, String reasonEn, String party,
                    String note, String recordingId, Instant dueAtPause, Instant pausedAt, String pausedBy,
                    Instant resumedAt, String resumedBy, long shiftMinutes, Instant rejectedAt, String rejectedBy,
                    String rejectionReason, boolean photo) {
        this(id, clock, cycle, reasonCode, reasonZh, reasonEn, party, note, recordingId, dueAtPause, pausedAt, pausedBy,
                resumedAt, resumedBy, shiftMinutes, rejectedAt, rejectedBy, rejectionReason, photo, null);
    }

    public boolean open() {
        return resumedAt == null && rejectedAt == null;
    }

    public boolean rejectable() {
        return rejectedAt == null;
    }

    public String reason(String language) {
        return language != null && language.startsWith("en") ? reasonEn : reasonZh;
    }
}
