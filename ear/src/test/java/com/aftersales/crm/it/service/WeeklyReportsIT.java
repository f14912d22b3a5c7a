package com.aftersales.crm.it.service;

import com.aftersales.crm.it.Poll;
import com.aftersales.crm.batch.scheduling.WeeklyReportSchedule;
import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.report.entity.ReportSummary;
import com.aftersales.crm.report.boundary.WeeklyReportGeneration;
import com.aftersales.crm.report.boundary.WeeklyReports;
import com.aftersales.crm.report.entity.ReportRow;
import com.aftersales.crm.report.entity.ReportSection;
import com.aftersales.crm.report.entity.ReportTable;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 信息周报 against the real database, the report job really run by the server's batch runtime: a small known week
 * (ISO 2003-W10, Monday 2003-03-03, which no other test touches) seeded through SQL, every section's figures checked
 * exactly, a re-run replacing the week's report, and the schedule claiming a week once however often it looks.
 */
@ExtendWith(ArquillianExtension.class)
class WeeklyReportsIT {

    private static final LocalDate WEEK = LocalDate.of(2003, 3, 3);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(WeeklyReportsIT.class.getPackage());
    }

    @Inject
    WeeklyReports reports;

    @Inject
    WeeklyReportSchedule schedule;

    @Inject
    WeeklyReportGeneration generation;

    @Inject
    Sql sql;

    private long id(String query, Object... parameters) {
        return ((Number) sql.value(query, parameters)).longValue();
    }

    private long provider(String code, String name) {
        return id("""
                insert into service_provider (code, name, region_code, market_level, contact_name, contact_phone, hotline,
                                              agreement_signed_on, grade, status, deposit, created_at)
                values (?, ?, '110100', 1, '测试', '13800000000', '400-000-0000', date '2000-06-01', 'B', 'ACTIVE', 10000,
                        timestamptz '2000-06-01 00:00+08')
                returning id""", code, name);
    }

    private long customer() {
        return id("insert into customer (name, region_code, street) values ('周报客户', '110100', '人民路1号') returning id");
    }

    private long submission(long provider, String code, boolean late) {
        return id("""
                insert into archive_submission (provider_id, week_start, file_name, stored_name, file_format, file_size, sha256,
                                                channel, submitted_by, submitted_at, deadline_at, deadline_policy_id, late, status)
                values (?, date '2003-03-03', 'archives.csv', ?, 'CSV', 100, repeat('a', 64), 'PORTAL', 'provider',
                        case when ? then timestamptz '2003-03-12 09:00+08' else timestamptz '2003-03-10 10:00+08' end,
                        timestamptz '2003-03-10 17:00+08',
                        (select max(id) from policy_value where policy_key = 'archive-submission.deadline-after-week'), ?, 'COMPLETED')
                returning id""", provider, "wr-" + code + "-" + System.nanoTime(), late, late);
    }

    private void installation(long customer, long provider, String day, Long submission) {
        sql.update("""
                insert into installation_archive (customer_id, provider_id, installation_method, installed_on, free_period_policy_id,
                                                  card_rule_policy_id, created_by, submission_id)
                values (?, ?, 'FLOATING', cast(? as date),
                        (select max(id) from policy_value where policy_key = 'warranty.free-period'),
                        (select max(id) from policy_value where policy_key = 'warranty.card-required-from'), 'test', ?)""",
                customer, provider, day, submission);
    }

    private long followUp(long customer, String kind, String due, String status, String completed) {
        return id("""
                insert into follow_up (kind, source_key, customer_id, created_at, due_from, due_at, window_policy_id, priority,
                                       status, ready_at, completed_at, completed_by)
                values (?, ?, ?, cast(? as timestamptz) - interval '1 day', cast(? as timestamptz) - interval '1 day',
                        cast(? as timestamptz), (select min(id) from policy_value), 1, ?, cast(? as timestamptz) - interval '1 day',
                        cast(? as timestamptz), case when cast(? as text) is null then null else 'agent' end)
                returning id""", kind, "WR:" + System.nanoTime(), customer, due, due, due, status, due, completed, completed);
    }

    private void survey(long customer, long provider, boolean satisfied, String answered) {
        long followUp = followUp(customer, "INSTALLATION", "2003-01-15 12:00+08", "DONE", "2003-01-14 12:00+08");
        sql.update("""
                insert into survey_response (follow_up_id, template_id, customer_id, provider_id, overall, satisfied,
                                             satisfied_policy_id, answered_at, answered_by)
                values (?, (select min(id) from survey_template), ?, ?, ?, ?, (select min(id) from policy_value),
                        cast(? as timestamptz), 'agent')""",
                followUp, customer, provider, satisfied ? 5 : 2, satisfied, answered);
    }

    private long serviceCase(long customer, long provider, String type, String opened, String responsibility, String closed) {
        return id("""
                insert into service_case (customer_id, provider_id, channel, case_type, severity, status, customer_words, suburban,
                                          opened_at, opened_by, responsibility, closed_at, last_action, last_action_at)
                values (?, ?, 'HOTLINE', ?, 'NORMAL', case when cast(? as text) is null then 'OPEN' else 'CLOSED' end, '地板起拱', false,
                        cast(? as timestamptz), 'agent', ?, cast(? as timestamptz), 'OPENED', cast(? as timestamptz))
                returning id""", customer, provider, type, closed, opened, responsibility, closed, opened);
    }

    private void breach(long serviceCase, long provider, String clock, String due) {
        sql.update("""
                insert into sla_breach (case_id, clock, provider_id, due_at, detected_at)
                values (?, ?, ?, cast(? as timestamptz), cast(? as timestamptz) + interval '1 minute')""",
                serviceCase, clock, provider, due, due);
    }

    private void complaint(long customer, String submitted, String due, String answered, String affected) {
        sql.update("""
                insert into quality_complaint (customer_id, affected_m2, status, submitted_at, submitted_by, answer_due,
                                               answer_policy_id, decided_handling, answer_reason, answered_at, answered_by,
                                               created_at, created_by, last_action, last_action_at)
                values (?, cast(? as numeric), case when cast(? as text) is null then 'SUBMITTED' else 'ANSWERED' end, cast(? as timestamptz),
                        'dealer', cast(? as timestamptz), (select min(id) from policy_value),
                        case when cast(? as text) is null then null else '更换' end, case when cast(? as text) is null then null else '质量问题' end,
                        cast(? as timestamptz), case when cast(? as text) is null then null else 'supervisor' end,
                        cast(? as timestamptz), 'dealer', 'SUBMITTED', cast(? as timestamptz))""",
                customer, affected, answered, submitted, due, answered, answered, answered, answered, submitted, submitted);
    }

    private void information(long provider, String direction, String category, String filed, String answered) {
        sql.update("""
                insert into information_item (direction, provider_id, category, urgency, subject, content, filed_at, filed_by,
                                              answer_due, answer_policy_id, answered_at, answered_by, answer)
                values (?, ?, ?, 'WEEKLY', '周报测试', '内容', cast(? as timestamptz), 'provider',
                        cast(? as timestamptz) + interval '3 days',
                        (select max(id) from policy_value where policy_key = 'information.answer-days'),
                        cast(? as timestamptz), case when cast(? as text) is null then null else 'info' end,
                        case when cast(? as text) is null then null else '已答复' end)""",
                direction, provider, category, filed, filed, answered, answered, answered);
    }

    private void seed(long a, long b) {
        long customer = customer();
        long onTime = submission(a, "a", false);
        long late = submission(b, "b", true);
        // installations: A 3 in the week (2 on time, 1 not received), one the next Monday; B 2 late
        installation(customer, a, "2003-03-03", onTime);
        installation(customer, a, "2003-03-09", onTime);
        installation(customer, a, "2003-03-05", null);
        installation(customer, a, "2003-03-10", null);
        installation(customer, b, "2003-03-04", late);
        installation(customer, b, "2003-03-06", late);
        sql.update("""
                insert into archive_submission_week (provider_id, week_start, deadline_at, outcome, first_submission_id,
                                                     first_submitted_at, recorded_at)
                values (?, date '2003-03-03', timestamptz '2003-03-10 17:00+08', 'ON_TIME', ?, timestamptz '2003-03-10 10:00+08',
                        timestamptz '2003-03-10 17:00+08')""", a, onTime);
        // follow-ups due in the week: installations done in time, done late, still open; a visit done in time
        followUp(customer, "INSTALLATION", "2003-03-04 23:59+08", "DONE", "2003-03-04 10:00+08");
        followUp(customer, "INSTALLATION", "2003-03-05 23:59+08", "DONE", "2003-03-06 10:00+08");
        followUp(customer, "INSTALLATION", "2003-03-09 23:59+08", "OPEN", null);
        followUp(customer, "VISIT", "2003-03-03 00:00+08", "DONE", "2003-03-02 18:00+08");
        followUp(customer, "VISIT", "2003-03-10 00:00+08", "OPEN", null);    // due the next week
        // surveys answered in the week: A 2 of 3 satisfied, B 1 of 1; one of A's the week before
        survey(customer, a, true, "2003-03-03 09:00+08");
        survey(customer, a, true, "2003-03-05 09:00+08");
        survey(customer, a, false, "2003-03-09 23:00+08");
        survey(customer, b, true, "2003-03-07 09:00+08");
        survey(customer, a, false, "2003-03-02 23:00+08");
        // cases
        serviceCase(customer, a, "COMPLAINT", "2003-03-03 08:00+08", "PRODUCT_QUALITY", "2003-03-07 08:00+08");
        long open = serviceCase(customer, b, "REPAIR", "2003-03-08 08:00+08", null, null);
        long old = serviceCase(customer, a, "COMPLAINT", "2003-02-20 08:00+08", "INSTALLATION_QUALITY", "2003-03-04 08:00+08");
        serviceCase(customer, a, "CONSULTATION", "2003-03-10 08:00+08", null, "2003-03-10 08:05+08");   // the next week
        breach(open, b, "FIRST_REPLY", "2003-03-09 08:00+08");
        breach(old, a, "FIRST_REPLY", "2003-03-03 08:00+08");
        breach(old, a, "ON_SITE", "2003-03-04 08:00+08");
        breach(old, a, "ON_SITE", "2003-02-25 08:00+08");   // missed the week before
        // quality complaints submitted in the week: one answered in time, one unanswered past its deadline
        complaint(customer, "2003-03-04 10:00+08", "2003-03-05 10:00+08", "2003-03-05 09:00+08", "5.5");
        complaint(customer, "2003-03-05 10:00+08", "2003-03-06 10:00+08", null, "2");
        // market information: filed in the week and answered; filed before, due in the week, never answered; filed
        // Saturday, due next week
        information(a, "FROM_NETWORK", "PRODUCT", "2003-03-04 10:00+08", "2003-03-05 10:00+08");
        information(a, "FROM_NETWORK", "PRODUCT", "2003-03-01 10:00+08", null);
        information(b, "TO_NETWORK", "MARKET", "2003-03-08 10:00+08", null);
        // service cases of February 2003, the last month closed by the week's end
        sql.update("""
                insert into case_study_compliance (provider_id, month, compliant, reason, deduction, recorded_at)
                values (?, date '2003-02-01', true, null, 0, now()), (?, date '2003-02-01', false, 'MISSING', 50, now())""", a, b);
    }

    private void run(LocalDate day) throws Exception {
        long execution = RunAs.role(Role.INFO_OFFICER, () -> reports.run(day));
        BatchStatus status = Poll.until("the report job for " + day + " ends", Duration.ofSeconds(60),
                () -> BatchStatus.valueOf(RunAs.role(Role.INFO_OFFICER, () -> reports.runStatus(execution))),
                s -> s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.ABANDONED);
        assertThat(status).as("the report job for " + day).isEqualTo(BatchStatus.COMPLETED);
    }

    private static Map<String, BigDecimal> row(List<ReportTable> tables, ReportSection section, String dimension) {
        return tables.stream().filter(t -> t.section() == section).findFirst().orElseThrow().rows().stream()
                .filter(r -> r.dimension().equals(dimension)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + dimension + " in " + section)).values();
    }

    private static ReportRow rowOf(List<ReportTable> tables, ReportSection section, String dimension) {
        return tables.stream().filter(t -> t.section() == section).findFirst().orElseThrow().rows().stream()
                .filter(r -> r.dimension().equals(dimension)).findFirst().orElseThrow();
    }

    private static Map<String, BigDecimal> figures(Object... measureAndValue) {
        Map<String, BigDecimal> expected = new java.util.LinkedHashMap<>();
        for (int i = 0; i < measureAndValue.length; i += 2) {
            Object value = measureAndValue[i + 1];
            expected.put((String) measureAndValue[i], value == null ? null : new BigDecimal(value.toString()));
        }
        return expected;
    }

    private static void assertRow(List<ReportTable> tables, ReportSection section, String dimension, Object... measureAndValue) {
        Map<String, BigDecimal> actual = row(tables, section, dimension);
        Map<String, BigDecimal> expected = figures(measureAndValue);
        for (var entry : expected.entrySet()) {
            BigDecimal value = actual.get(entry.getKey());
            if (entry.getValue() == null) {
                assertThat(value).as(section + " " + dimension + " " + entry.getKey()).isNull();
            } else {
                assertThat(value).as(section + " " + dimension + " " + entry.getKey()).isEqualByComparingTo(entry.getValue());
            }
        }
    }

    @Test
    void aKnownWeeksFiguresSectionBySectionAndARerunReplacesThem() throws Exception {
        long n = System.nanoTime() % 1_000_000;
        String codeA = "WA-" + n;
        String codeB = "WB-" + n;
        long a = provider(codeA, "周报甲服务商" + n);
        long b = provider(codeB, "周报乙服务商" + n);
        seed(a, b);

        run(LocalDate.of(2003, 3, 5));   // any day of the week

        List<ReportTable> t = RunAs.role(Role.MANAGER, () -> reports.tables(WEEK));
        assertThat(t).extracting(ReportTable::section).containsExactly(ReportSection.values());

        assertRow(t, ReportSection.INSTALLATIONS, codeA, "INSTALLED", 3, "ON_TIME", 2, "LATE", 0, "NOT_RECEIVED", 1);
        assertRow(t, ReportSection.INSTALLATIONS, codeB, "INSTALLED", 2, "ON_TIME", 0, "LATE", 2, "NOT_RECEIVED", 0);
        assertRow(t, ReportSection.INSTALLATIONS, "*", "INSTALLED", 5, "ON_TIME", 2, "LATE", 2, "NOT_RECEIVED", 1);
        assertThat(rowOf(t, ReportSection.INSTALLATIONS, codeA).label()).isEqualTo("周报甲服务商" + n);

        assertRow(t, ReportSection.FOLLOW_UPS, "INSTALLATION", "DUE", 3, "DONE", 2, "WITHIN_WINDOW", 1, "WITHIN_WINDOW_RATE", "33.33");
        assertRow(t, ReportSection.FOLLOW_UPS, "VISIT", "DUE", 1, "DONE", 1, "WITHIN_WINDOW", 1, "WITHIN_WINDOW_RATE", 100);
        assertRow(t, ReportSection.FOLLOW_UPS, "COMPLAINT", "DUE", 0, "DONE", 0, "WITHIN_WINDOW", 0, "WITHIN_WINDOW_RATE", null);
        assertRow(t, ReportSection.FOLLOW_UPS, "RECALL", "DUE", 0);
        assertRow(t, ReportSection.FOLLOW_UPS, "*", "DUE", 4, "DONE", 3, "WITHIN_WINDOW", 2, "WITHIN_WINDOW_RATE", 50);

        assertRow(t, ReportSection.SATISFACTION, codeA, "ANSWERED", 3, "SATISFIED", 2, "RATE", "66.67");
        assertRow(t, ReportSection.SATISFACTION, codeB, "ANSWERED", 1, "SATISFIED", 1, "RATE", 100);
        assertRow(t, ReportSection.SATISFACTION, "*", "ANSWERED", 4, "SATISFIED", 3, "RATE", 75);

        assertRow(t, ReportSection.CASES, "COMPLAINT/PRODUCT_QUALITY", "OPENED", 1, "CLOSED", 1, "OVERDUE", 0);
        assertRow(t, ReportSection.CASES, "REPAIR/NONE", "OPENED", 1, "CLOSED", 0, "OVERDUE", 1);
        assertRow(t, ReportSection.CASES, "COMPLAINT/INSTALLATION_QUALITY", "OPENED", 0, "CLOSED", 1, "OVERDUE", 1);
        assertRow(t, ReportSection.CASES, "*", "OPENED", 2, "CLOSED", 2, "OVERDUE", 2);
        assertThat(tableOf(t, ReportSection.CASES).rows()).hasSize(4);

        assertRow(t, ReportSection.QUALITY, "-", "SUBMITTED", 2, "AFFECTED_M2", "7.5", "ANSWERED", 1, "ANSWER_LATE", 1);
        assertRow(t, ReportSection.QUALITY, "*", "SUBMITTED", 2, "AFFECTED_M2", "7.5", "ANSWERED", 1, "ANSWER_LATE", 1);

        assertRow(t, ReportSection.INFORMATION, "FROM_NETWORK/PRODUCT", "FILED", 1, "ANSWERED", 1, "UNANSWERED_3_DAYS", 1);
        assertRow(t, ReportSection.INFORMATION, "TO_NETWORK/MARKET", "FILED", 1, "ANSWERED", 0, "UNANSWERED_3_DAYS", 0);
        assertRow(t, ReportSection.INFORMATION, "*", "FILED", 2, "ANSWERED", 1, "UNANSWERED_3_DAYS", 1);

        long others = id("""
                select count(*) from service_provider
                where status = 'ACTIVE' and agreement_signed_on < date '2003-03-10' and id not in (?, ?)
                  and created_at < timestamptz '2003-03-10 00:00+08'""", a, b);
        assertRow(t, ReportSection.SUBMISSIONS, "ARCHIVE/ON_TIME", "PROVIDERS", 1);
        assertRow(t, ReportSection.SUBMISSIONS, "ARCHIVE/LATE", "PROVIDERS", 1);
        assertRow(t, ReportSection.SUBMISSIONS, "ARCHIVE/MISSING", "PROVIDERS", others);
        assertRow(t, ReportSection.SUBMISSIONS, "CASE_STUDY/COMPLIANT", "PROVIDERS", 1, "DEDUCTION", 0);
        assertRow(t, ReportSection.SUBMISSIONS, "CASE_STUDY/MISSING", "PROVIDERS", 1, "DEDUCTION", 50);
        assertRow(t, ReportSection.SUBMISSIONS, "CASE_STUDY/WORTHLESS", "PROVIDERS", 0, "DEDUCTION", 0);
        assertThat(rowOf(t, ReportSection.SUBMISSIONS, "CASE_STUDY/MISSING").label()).isEqualTo("2003-02");

        // ranking: B (100 %) before A (66.67 %); providers without answers in the week after both
        assertRow(t, ReportSection.RANKING, codeB, "RANK", 1, "ANSWERED", 1, "RATE", 100, "SLA_BREACHES", 1, "INSTALLED", 2);
        assertRow(t, ReportSection.RANKING, codeA, "RANK", 2, "ANSWERED", 3, "RATE", "66.67", "SLA_BREACHES", 2, "INSTALLED", 3);
        assertThat(tableOf(t, ReportSection.RANKING).rows().get(0).dimension()).isEqualTo(codeB);

        ReportSummary first = RunAs.role(Role.SUPERVISOR, () -> reports.find(WEEK)).orElseThrow();
        assertThat(first.generatedBy()).isEqualTo("test-info_officer");
        assertThat(first.jobExecutionId()).isNotNull();
        long figures = sql.count("select count(*) from weekly_report_figure where report_id = ?", first.id());

        // a late archive arrives and the week is run again: its report is replaced, not doubled
        installation(customer(), a, "2003-03-07", null);
        run(WEEK);
        List<ReportTable> again = RunAs.role(Role.INFO_OFFICER, () -> reports.tables(WEEK));
        assertRow(again, ReportSection.INSTALLATIONS, codeA, "INSTALLED", 4, "NOT_RECEIVED", 2);
        assertRow(again, ReportSection.INSTALLATIONS, "*", "INSTALLED", 6);
        ReportSummary second = RunAs.role(Role.SUPERVISOR, () -> reports.find(WEEK)).orElseThrow();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.runs()).isEqualTo(first.runs() + 1);
        assertThat(second.jobExecutionId()).isNotEqualTo(first.jobExecutionId());
        assertThat(sql.count("select count(*) from weekly_report where week_start = date '2003-03-03'")).isOne();
        assertThat(sql.count("select count(*) from weekly_report_figure where report_id = ?", first.id())).isEqualTo(figures);

        // the workbook: a real .xlsx
        byte[] workbook = RunAs.role(Role.MANAGER, () -> reports.workbook(WEEK, Map.of("report.title", "信息周报")));
        assertThat(Arrays.copyOf(workbook, 2)).containsExactly((byte) 'P', (byte) 'K');
    }

    private static ReportTable tableOf(List<ReportTable> tables, ReportSection section) {
        return tables.stream().filter(t -> t.section() == section).findFirst().orElseThrow();
    }

    @Test
    void managersReadButDoNotRunNetworkPointsDoNeitherAndAWeekMustBeOver() throws Exception {
        assertThatThrownBy(() -> RunAs.role(Role.MANAGER, () -> reports.run(WEEK))).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> RunAs.role(Role.PROVIDER, () -> reports.list(10))).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> RunAs.role(Role.DEALER, () -> reports.list(10))).isInstanceOf(Exception.class);
        assertThat(RunAs.role(Role.MANAGER, () -> reports.list(10))).isNotNull();
        assertThatThrownBy(() -> RunAs.role(Role.SUPERVISOR, () -> reports.run(LocalDate.now().plusDays(7))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("report.error.weekNotOver"));
    }

    @Test
    void theScheduleRunsOnceForAWeekHoweverOftenItLooks() {
        String period = generation.dueWeek().toString();
        schedule.runDueWeek();
        boolean again = schedule.runDueWeek();

        assertThat(again).isFalse();
        assertThat(sql.count("select count(*) from job_period_run where job_name = 'weekly-information-report' and period = ?",
                period)).isOne();
    }
}
