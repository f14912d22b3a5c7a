package com.aftersales.crm.calendar.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.aftersales.crm.calendar.entity.WorkingDays.BUSINESS_ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Working days counted on the shipped calendar only: the rows of the V27 migration, nothing else. */
class WorkingDaysTest {

    private static final MigrationCalendar SHIPPED = new MigrationCalendar();
    private final WorkingDays calendar = SHIPPED.workingDays();

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BUSINESS_ZONE).toInstant();
    }

    /** 24:00 of the day, i.e. 00:00 of the next day, Beijing time. */
    private static Instant endOf(String day) {
        return LocalDate.parse(day).plusDays(1).atStartOfDay(BUSINESS_ZONE).toInstant();
    }

    @Test
    void theMigrationShipsEveryPublishedNoticeFrom2007To2026() {
        assertThat(SHIPPED.published).contains(2007, 2024, 2025, 2026).doesNotContain(2027);
        assertThat(SHIPPED.rows).isEqualTo(678);
    }

    @Test
    void makeUpSundaysAroundTheSpringFestival2024AreWorkingDaysAndTheHolidayIsNot() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 4))).isTrue();    // Sunday, 调休补班
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 18))).isTrue();   // Sunday, 调休补班
        for (int day = 10; day <= 17; day++) {
            assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, day))).as("2024-02-%d", day).isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 19))).isTrue();   // an ordinary Monday
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 24))).isFalse();  // an ordinary Saturday
    }

    @Test
    void threeWorkingDaysFromTheSpringFestivalEveEndOnTheTwentieth() {
        // Friday 9 Feb 2024: 10–17 off, Sunday 18 made working (1), Monday 19 (2), Tuesday 20 (3)
        assertThat(calendar.addWorkingDays(beijing("2024-02-09T10:00"), 3)).isEqualTo(endOf("2024-02-20"));
    }

    @Test
    void theMakeUpSundayBeforeTheSpringFestivalCountsAsTheFirstWorkingDay() {
        // Friday 2 Feb 2024: Saturday 3 off, Sunday 4 made working (1), 5 (2), 6 (3)
        assertThat(calendar.addWorkingDays(beijing("2024-02-02T17:30"), 3)).isEqualTo(endOf("2024-02-06"));
    }

    @Test
    void nationalDay2024IsSkippedAndItsMakeUpSundayAndSaturdayCount() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 9, 29))).isTrue();   // Sunday, 调休补班
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 10, 12))).isTrue();  // Saturday, 调休补班
        for (int day = 1; day <= 7; day++) {
            assertThat(calendar.isWorkingDay(LocalDate.of(2024, 10, day))).as("2024-10-0%d", day).isFalse();
        }
        // Friday 27 Sep: Sunday 29 (1), Monday 30 (2), 1–7 October off, Tuesday 8 (3)
        assertThat(calendar.addWorkingDays(beijing("2024-09-27T09:00"), 3)).isEqualTo(endOf("2024-10-08"));
        // Thursday 10 Oct: Friday 11 (1), Saturday 12 made working (2), Sunday off, Monday 14 (3)
        assertThat(calendar.addWorkingDays(beijing("2024-10-10T09:00"), 3)).isEqualTo(endOf("2024-10-14"));
    }

    @Test
    void theSpringFestivals2025And2026FollowTheirOwnNotices() {
        // 2025: 28 Jan – 4 Feb off, Sunday 26 Jan and Saturday 8 Feb made working
        assertThat(calendar.addWorkingDays(beijing("2025-01-24T12:00"), 3)).isEqualTo(endOf("2025-02-05"));
        assertThat(calendar.addWorkingDays(beijing("2025-02-06T12:00"), 2)).isEqualTo(endOf("2025-02-08"));
        // 2026: 15–23 Feb off, Sunday 14 Feb and Saturday 28 Feb made working
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
        assertThat(calendar.addWorkingDays(beijing("2026-02-13T08:00"), 2)).isEqualTo(endOf("2026-02-24"));
    }

    @Test
    void theDayOfTheStartNeverCountsWhateverTheHour() {
        // Monday 4 March 2024, at one minute past midnight and one minute before: 1 working day ends Tuesday 24:00
        assertThat(calendar.addWorkingDays(beijing("2024-03-04T00:01"), 1)).isEqualTo(endOf("2024-03-05"));
        assertThat(calendar.addWorkingDays(beijing("2024-03-04T23:59"), 1)).isEqualTo(endOf("2024-03-05"));
        assertThat(calendar.addWorkingDays(beijing("2024-03-04T23:59"), 0)).isEqualTo(endOf("2024-03-04"));
    }

    @Test
    void aYearWithoutANoticeCountsOnlyWeekendsAsDaysOff() {
        assertThat(SHIPPED.year(2030).published()).isFalse();
        // 1 Jan 2030 is a Tuesday: without a notice it is an ordinary working day
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 1))).isTrue();
        // Friday 27 Dec 2030: Monday 30 (1), Tuesday 31 (2), Wednesday 1 Jan 2031 (3)
        assertThat(calendar.addWorkingDays(beijing("2030-12-27T10:00"), 3)).isEqualTo(endOf("2031-01-01"));
    }

    @Test
    void aNoticeReachingIntoTheDecemberBeforeCountsThere() {
        // the 2008 notice made Saturday 29 Dec 2007 a working day and 30–31 Dec off
        assertThat(calendar.isWorkingDay(LocalDate.of(2007, 12, 29))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2007, 12, 31))).isFalse();
    }

    @Test
    void eachYearIsLookedUpOncePerCountNotOncePerDay() {
        AtomicInteger lookups = new AtomicInteger();
        WorkingDays counting = new WorkingDays(year -> {
            lookups.incrementAndGet();
            return SHIPPED.year(year);
        });
        counting.addWorkingDays(beijing("2024-12-20T10:00"), 30);
        assertThat(lookups.get()).isEqualTo(2); // 2024, then 2025
    }

    @Test
    void aSavedNoticeChangesTheArithmetic() {
        Map<LocalDate, Boolean> notice = new HashMap<>();
        notice.put(LocalDate.of(2030, 1, 1), true);
        WorkingDays withNotice = new WorkingDays(year -> year == 2030 ? new YearDays(2030, true, notice) : SHIPPED.year(year));
        // Monday 31 Dec 2029: without the notice 1 January 2030 counts, with it 2 January is the first working day
        assertThat(calendar.addWorkingDays(beijing("2029-12-31T10:00"), 1)).isEqualTo(endOf("2030-01-01"));
        assertThat(withNotice.addWorkingDays(beijing("2029-12-31T10:00"), 1)).isEqualTo(endOf("2030-01-02"));
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(Instant.EPOCH, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
