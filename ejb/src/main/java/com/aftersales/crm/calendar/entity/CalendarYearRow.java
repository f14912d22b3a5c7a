package com.aftersales.crm.calendar.entity;

import java.io.Serializable;
import java.time.Instant;

/** A published year for the administrator's list: how many days its notice lists, off and made working. */
public record CalendarYearRow(int year, long offDays, long workingDays, Instant savedAt, String savedBy)
        implements Serializable {
}
