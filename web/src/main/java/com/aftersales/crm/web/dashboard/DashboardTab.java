package com.aftersales.crm.web.dashboard;

/** The dashboard's views, each a tab of the page and an export. */
public enum DashboardTab {
    TREND, BREAKDOWN, FOLLOW_UPS, SLA, COMPLAINTS, RESPONSIBILITY, INFORMATION, CASE_STUDIES, RANKING
}
