package com.aftersales.crm.submission.entity;

/** A provider's weekly archives: sent by the deadline, after it, or not at all when the deadline passed. */
public enum WeekOutcome { ON_TIME, LATE, MISSING }
