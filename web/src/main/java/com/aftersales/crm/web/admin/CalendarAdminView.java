package com.aftersales.crm.web.admin;

import com.aftersales.crm.calendar.boundary.CalendarAdministration;
import com.aftersales.crm.calendar.entity.CalendarYearRow;
import com.aftersales.crm.calendar.entity.NoticeDay;
import com.aftersales.crm.calendar.entity.NoticeProblem;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import lombok.Getter;
import lombok.Setter;

/**
 * The working-day calendar (工作日历): the years entered, one year's days, and a year's holiday notice pasted and
 * checked line by line — saved whole or not at all, every bad line named.
 */
@Named
@ViewScoped
public class CalendarAdminView implements Serializable {

    @Inject
    CalendarAdministration administration;

    private List<CalendarYearRow> years;
    @Getter @Setter private Integer year;
    @Getter @Setter private String notice;
    @Getter private Integer shownYear;
    @Getter private List<NoticeDay> shownDays;

    @PostConstruct
    void init() {
        // the notice for next year is published each autumn: that is the one usually entered
        year = administration.nextYear();
    }

    /** Checks the notice without saving it. */
    @Refusals(form = "noticeForm", labels = "admin.calendar.field.")
    public void check() {
        List<NoticeProblem> problems = administration.check(year, notice);
        if (problems.isEmpty()) {
            Messages.info("admin.calendar.checked", com.aftersales.crm.calendar.entity.CalendarNotice.parse(year, notice).days().size());
        } else {
            say(problems);
        }
    }

    /** Saves the notice if every line is right; otherwise says every bad line and saves nothing. */
    @Refusals(form = "noticeForm", labels = "admin.calendar.field.")
    public void save() {
        List<NoticeProblem> problems = administration.check(year, notice);
        if (!problems.isEmpty()) {
            say(problems);
            return;
        }
        int days = administration.replace(year, notice);
        Messages.info("admin.calendar.saved", String.valueOf(year), days);
        years = null;
        show(year);
        notice = null;
    }

    private static void say(List<NoticeProblem> problems) {
        Messages.error("admin.calendar.rejected", problems.size());
        for (NoticeProblem problem : problems) {
            Messages.error(problem.messageKey(), problem.args());
        }
    }

    public void show(int shown) {
        shownYear = shown;
        shownDays = administration.days(shown);
    }

    public String weekday(LocalDate day, Locale locale) {
        return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale);
    }

    public List<CalendarYearRow> getYears() {
        if (years == null) {
            years = administration.years();
        }
        return years;
    }

    public String getShownTitle() {
        return shownYear == null ? "" : Messages.text("admin.calendar.daysOf", String.valueOf(shownYear));
    }
}
