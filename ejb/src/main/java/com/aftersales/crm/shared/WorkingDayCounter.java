package com.aftersales.crm.shared;

import java.time.Instant;

/**
 * What a deadline rule needs of the working-day calendar (the calendar area's {@code WorkingCalendar}): the end of the
 * {@code days}-th working day after the day of {@code from}. Passed in by the boundary that reads the policy, so that a
 * rule in a control class counts working days without reaching another area.
 */
@FunctionalInterface
public interface WorkingDayCounter {

    Instant addWorkingDays(Instant from, int days);
}
