package com.aftersales.crm.installation.entity;

import jakarta.persistence.Embeddable;

import java.time.Instant;
import lombok.Getter;

/** An exclusion a person recorded, with the reason and who said so. */
@Getter
@Embeddable
public class RecordedExclusion {

    private Exclusion exclusion;

    private String reason;

    private String recordedBy;

    private Instant recordedAt;

    protected RecordedExclusion() {
    }

    RecordedExclusion(Exclusion exclusion, String reason, String recordedBy, Instant recordedAt) {
        this.exclusion = exclusion;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
