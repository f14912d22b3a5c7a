package com.aftersales.crm.report;

import com.aftersales.crm.report.entity.ReportWeek;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportWeekTest {

    @Test
    void anyDayNamesItsIsoWeekByTheMonday() {
        assertThat(ReportWeek.containing(LocalDate.of(2026, 11, 22)).monday()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(ReportWeek.containing(LocalDate.of(2026, 11, 16)).monday()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(ReportWeek.containing(LocalDate.of(2026, 11, 16)).isoName()).isEqualTo("2026-W47");
        // an ISO week across the year: 2020-12-28 .. 2021-01-03 is 2020-W53
        assertThat(ReportWeek.containing(LocalDate.of(2021, 1, 3)).isoName()).isEqualTo("2020-W53");
        assertThat(ReportWeek.containing(LocalDate.of(2021, 1, 3)).sunday()).isEqualTo(LocalDate.of(2021, 1, 3));
    }

    @Test
    void theWeekRunsFromMondayMidnightToMondayMidnightBeijingTime() {
        ReportWeek week = ReportWeek.containing(LocalDate.of(2026, 11, 18));
        assertThat(week.start()).isEqualTo(Instant.parse("2026-11-15T16:00:00Z"));
        assertThat(week.end()).isEqualTo(Instant.parse("2026-11-22T16:00:00Z"));
        // Sunday 23:30 in Beijing is still the week, though it is Sunday afternoon in UTC; Monday 00:30 is the next week
        assertThat(ReportWeek.containing(Instant.parse("2026-11-22T15:30:00Z"))).isEqualTo(week);
        assertThat(ReportWeek.containing(Instant.parse("2026-11-22T16:30:00Z")).monday()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void seventeenHoursAfterTheWeekIsMondayFivePmBeijingTime() {
        ReportWeek week = ReportWeek.containing(LocalDate.of(2026, 11, 18));
        assertThat(week.runAt(17)).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));   // Monday 2026-11-23 17:00 +08
        // 41 hours (V13's archive deadline figure) would be Tuesday 17:00
        assertThat(week.runAt(41)).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
    }

    @Test
    void thePreviousWeekIsDueOnlyOnceItsRunTimeHasPassed() {
        // Monday 2026-11-23 16:59 Beijing: the week of 11-16 is not due yet, the one before is the latest due
        assertThat(ReportWeek.latestDue(Instant.parse("2026-11-23T08:59:00Z"), 17).monday()).isEqualTo(LocalDate.of(2026, 11, 9));
        // 17:00: the week of 11-16 is due
        assertThat(ReportWeek.latestDue(Instant.parse("2026-11-23T09:00:00Z"), 17).monday()).isEqualTo(LocalDate.of(2026, 11, 16));
        // the rest of the week it stays the latest due
        assertThat(ReportWeek.latestDue(Instant.parse("2026-11-29T15:59:00Z"), 17).monday()).isEqualTo(LocalDate.of(2026, 11, 16));
        // a policy of 0 hours: due at Monday 00:00
        assertThat(ReportWeek.latestDue(Instant.parse("2026-11-22T16:00:00Z"), 0).monday()).isEqualTo(LocalDate.of(2026, 11, 16));
        // a policy beyond a week goes back further
        assertThat(ReportWeek.latestDue(Instant.parse("2026-11-23T09:00:00Z"), 200).monday()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThatThrownBy(() -> ReportWeek.latestDue(Instant.now(), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWeekCanBeReportedOnlyOnceItIsOver() {
        ReportWeek week = ReportWeek.containing(LocalDate.of(2026, 11, 18));
        assertThat(week.isOverAt(Instant.parse("2026-11-22T15:59:59Z"))).isFalse();
        assertThat(week.isOverAt(Instant.parse("2026-11-22T16:00:00Z"))).isTrue();
    }

    @Test
    void theServiceCaseMonthIsTheLastOneClosedByTheWeeksEnd() {
        assertThat(ReportWeek.containing(LocalDate.of(2026, 11, 18)).caseStudyMonth()).isEqualTo(YearMonth.of(2026, 10));
        // a week from 2026-11-30 to 2026-12-06 ends in December: November is closed by then
        assertThat(ReportWeek.containing(LocalDate.of(2026, 12, 1)).caseStudyMonth()).isEqualTo(YearMonth.of(2026, 11));
    }
}
