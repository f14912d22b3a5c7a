package com.aftersales.crm.installation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/** An exclusion a person recorded, with the reason and who said so. */
@Embeddable
public class RecordedExclusion {

    @Enumerated(EnumType.STRING)
    @Column(name = "exclusion", nullable = false)
    private Exclusion exclusion;

    @Column(nullable = false)
    private String reason;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected RecordedExclusion() {
    }

    RecordedExclusion(Exclusion exclusion, String reason, String recordedBy, Instant recordedAt) {
        this.exclusion = exclusion;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Exclusion getExclusion() {
        return exclusion;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
