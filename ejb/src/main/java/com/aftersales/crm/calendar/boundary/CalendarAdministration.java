package com.aftersales.crm.calendar.boundary;

import com.aftersales.crm.calendar.control.CalendarBook;
import com.aftersales.crm.calendar.entity.CalendarNotice;
import com.aftersales.crm.calendar.entity.CalendarYearRow;
import com.aftersales.crm.calendar.entity.NoticeDay;
import com.aftersales.crm.calendar.entity.NoticeProblem;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The administrator's working-day calendar (工作日历): the published years, one year's notice, and a year's notice
 * replaced by the one the State Council published (pasted a day a line, or as the holiday-cn JSON). A notice is saved
 * whole or not at all: one bad line and nothing is kept, the faults named by line.
 */
@Stateless
@Secured(Duty.ADMINISTRATION)
public class CalendarAdministration {

    @Inject
    CalendarBook book;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public List<CalendarYearRow> years() {
        return book.years();
    }

    /** The year's notice, in date order; not found when the year is not published. */
    public List<NoticeDay> days(int year) {
        requireYear(year);
        if (!book.published(year)) {
            throw new com.aftersales.crm.shared.NotFound("calendar year " + year);
        }
        return book.days(year);
    }

    /** The year after this one, Beijing time: the notice usually entered (the State Council publishes it each autumn). */
    public int nextYear() {
        return LocalDate.now(clock.withZone(com.aftersales.crm.calendar.entity.WorkingDays.BUSINESS_ZONE)).getYear() + 1;
    }

    public boolean published(int year) {
        return CalendarNotice.yearInRange(year) && book.published(year);
    }

    /** Every fault of the notice, by line (empty when it may be saved); saves nothing. */
    public List<NoticeProblem> check(int year, String notice) {
        requireYear(year);
        CalendarNotice.Parsed parsed = CalendarNotice.parse(year, notice);
        List<NoticeProblem> problems = new ArrayList<>(parsed.problems());
        if (problems.isEmpty()) {
            Map<LocalDate, Integer> taken = book.listedByOtherNotices(year, parsed.days().stream().map(NoticeDay::date).toList());
            for (int i = 0; i < parsed.days().size(); i++) {
                NoticeDay day = parsed.days().get(i);
                Integer other = taken.get(day.date());
                if (other != null) {
                    int line = parsed.lines().get(i);
                    problems.add(new NoticeProblem(line, "calendar.error.otherNotice", line, day.date().toString(),
                            String.valueOf(other)));
                }
            }
        }
        return problems;
    }

    /**
     * Replaces the year's notice with this one (the year is published from now on) and returns how many days it lists;
     * refuses the whole notice, naming its first bad line, if any line is wrong.
     */
    public int replace(int year, String notice) {
        List<NoticeProblem> problems = check(year, notice);
        if (!problems.isEmpty()) {
            NoticeProblem first = problems.get(0);
            throw new InvalidInput("notice", first.messageKey(), first.args());
        }
        List<NoticeDay> days = CalendarNotice.parse(year, notice).days();
        book.replace(year, days, clock.instant(), caller.require().username());
        return days.size();
    }

    private static void requireYear(int year) {
        if (!CalendarNotice.yearInRange(year)) {
            throw new InvalidInput("year", "calendar.error.yearRange", String.valueOf(CalendarNotice.MIN_YEAR),
                    String.valueOf(CalendarNotice.MAX_YEAR));
        }
    }
}
