package com.aftersales.crm.dashboard.entity;

/**
 * What a monthly roll-up (月汇总) of the dashboard is computed from, and the month a row of it falls in: surveys by the
 * month answered, follow-ups by the month their window ends, cases by the month opened, installations by the month
 * installed.
 */
public enum RollupSource {
    SURVEY, FOLLOW_UP, CASE, INSTALLATION
}
