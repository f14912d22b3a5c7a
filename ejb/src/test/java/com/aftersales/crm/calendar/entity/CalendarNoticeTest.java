package com.aftersales.crm.calendar.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's pasted notice: every line checked, every fault named by its line, saved whole or not at all. */
class CalendarNoticeTest {

    @Test
    void aDayALineWithRestOrWorkIsRead() {
        CalendarNotice.Parsed parsed = CalendarNotice.parse(2028, """
                # 2028 年部分节假日安排
                2028-01-01 元旦 休

                2028-02-05\t春节\t班
                2028-02-06，春节，off
                2027-12-31 元旦 work
                """);
        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.days()).containsExactly(
                new NoticeDay(LocalDate.of(2028, 1, 1), "元旦", true),
                new NoticeDay(LocalDate.of(2028, 2, 5), "春节", false),
                new NoticeDay(LocalDate.of(2028, 2, 6), "春节", true),
                new NoticeDay(LocalDate.of(2027, 12, 31), "元旦", false));
        assertThat(parsed.lines()).containsExactly(2, 4, 5, 6);
    }

    @Test
    void everyBadLineIsNamedWithItsNumberAndReasonAndNothingIsKept() {
        CalendarNotice.Parsed parsed = CalendarNotice.parse(2028, """
                2028-01-01 元旦 休
                2028-02-30 春节 休
                2028-02-05 春节 补
                2028-03-01 春节
                2026-10-01 国庆节 休
                2028-01-01 元旦 休
                """);
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.problems()).extracting(NoticeProblem::line, NoticeProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "calendar.error.date"),
                org.assertj.core.groups.Tuple.tuple(3, "calendar.error.kind"),
                org.assertj.core.groups.Tuple.tuple(4, "calendar.error.format"),
                org.assertj.core.groups.Tuple.tuple(5, "calendar.error.year"),
                org.assertj.core.groups.Tuple.tuple(6, "calendar.error.duplicate"));
        assertThat(parsed.problems().get(0).args()).containsExactly(2, "2028-02-30");
        assertThat(parsed.problems().get(4).args()).containsExactly(6, "2028-01-01", 1);
    }

    @Test
    void onlyTheDecemberBeforeMayBeListedOutsideTheYear() {
        assertThat(CalendarNotice.parse(2028, "2027-12-30 元旦 休").valid()).isTrue();
        assertThat(CalendarNotice.parse(2028, "2027-11-30 元旦 休").problems())
                .extracting(NoticeProblem::messageKey).containsExactly("calendar.error.year");
    }

    @Test
    void aNameTooLongIsRefused() {
        assertThat(CalendarNotice.parse(2028, "2028-01-01 " + "节".repeat(61) + " 休").problems())
                .extracting(NoticeProblem::messageKey).containsExactly("calendar.error.name");
    }

    @Test
    void anEmptyNoticeIsRefused() {
        assertThat(CalendarNotice.parse(2028, "\n# nothing yet\n").problems())
                .extracting(NoticeProblem::line, NoticeProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "calendar.error.empty"));
    }
}
