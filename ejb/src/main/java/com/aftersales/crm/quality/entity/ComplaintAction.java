package com.aftersales.crm.quality.entity;

/** Everything that happens to a quality complaint, as its history and the customer timeline name it. */
public enum ComplaintAction {
    CREATED, UPDATED, FILE_ADDED, FILE_REMOVED, SUBMITTED, ANSWERED;

    /** The customer timeline's kind for it. */
    public String timelineKind() {
        return "QUALITY_" + name();
    }

    /** Only what the customer's story needs goes on the timeline; editing a draft does not. */
    public boolean onTimeline() {
        return this == CREATED || this == SUBMITTED || this == ANSWERED;
    }
}
