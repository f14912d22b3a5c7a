package com.aftersales.crm.calendar.boundary;

import com.aftersales.crm.calendar.control.CalendarBook;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The working-day calendar (工作日历) every deadline in working days is counted on: Chinese public holidays off, the
 * make-up working days (调休补班) worked, otherwise Monday to Friday. The rules, the end-of-day deadline and what happens
 * in a year whose notice is not published yet are those of {@link com.aftersales.crm.calendar.entity.WorkingDays}.
 * Open to every caller, as the policy lookup is: each area counts its own deadlines with it.
 */
@Stateless
public class WorkingCalendar {

    @Inject
    CalendarBook book;

    /** The end (24:00 Beijing time) of the {@code days}-th working day after the day of {@code from}. */
    public Instant addWorkingDays(Instant from, int days) {
        return book.workingDays().addWorkingDays(from, days);
    }

    public boolean isWorkingDay(LocalDate day) {
        return book.workingDays().isWorkingDay(day);
    }

    /** Whether the year's official notice is in the calendar (otherwise only weekends are off). */
    public boolean published(int year) {
        return book.year(year).published();
    }
}
