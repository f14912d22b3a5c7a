package com.aftersales.crm.calendar.entity;

import java.time.LocalDate;
import java.util.Map;

/**
 * The days of one calendar year (1 January to 31 December) that a notice lists — {@code true} off, {@code false} a
 * make-up working day — whichever notice listed them, and whether that year's own notice is published. An unpublished
 * year lists nothing (unless the next year's notice reaches back into its December).
 */
public record YearDays(int year, boolean published, Map<LocalDate, Boolean> listed) {

    public YearDays {
        listed = Map.copyOf(listed);
    }

    /** {@code true} off, {@code false} made a working day, null when the day is not listed (the ordinary week). */
    public Boolean offDay(LocalDate day) {
        return listed.get(day);
    }
}
