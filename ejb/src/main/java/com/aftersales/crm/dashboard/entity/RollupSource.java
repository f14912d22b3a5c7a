package com.aftersales.crm.dashboard.entity;

/**
 * What a monthly roll-up (月汇总) of the dashboard is computed from, and the month a row of it falls in: surveys by the
 * month answered, follow-ups by the month their window ends, cases by the month opened, installations by the month
 * installed.
 */
public enum RollupSource {
    SURVEY(false),
    FOLLOW_UP(true),
    CASE(true),
    INSTALLATION(false);

    private final boolean countedAgainstNow;

    RollupSource(boolean countedAgainstNow) {
        this.countedAgainstNow = countedAgainstNow;
    }

    /**
     * Whether its figures change with time alone: a follow-up window or an SLA clock counts once it has ended, which
     * needs no row to change, so these months are recomputed on every refresh while such an end may still come.
     */
    public boolean countedAgainstNow() {
        return countedAgainstNow;
    }
}
