package com.aftersales.crm.it.service;

import com.aftersales.crm.demo.boundary.DemoHistory;
import com.aftersales.crm.dispatch.entity.DispatchStatus;
import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.servicecase.entity.CaseStatus;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's year of history, loaded into the test database by the same boundary the demo run calls at start-up. It
 * runs after every other test class ({@code @Order} with the class orderer set in the failsafe configuration): the
 * other tests count on the small demo data alone, which the test profile loads without the history.
 */
@ExtendWith(ArquillianExtension.class)
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoHistoryIT {

    private static final String COUNTS = """
            select (select count(*) from customer) || '/' || (select count(*) from installation_archive) || '/'
                || (select count(*) from service_case) || '/' || (select count(*) from follow_up) || '/'
                || (select count(*) from survey_response) || '/' || (select count(*) from information_item) || '/'
                || (select count(*) from case_study) || '/' || (select count(*) from archive_submission) || '/'
                || (select count(*) from monthly_assessment) || '/' || (select count(*) from assessment_line) || '/'
                || (select count(*) from weekly_report) || '/' || (select count(*) from weekly_report_figure) || '/'
                || (select count(*) from case_study_compliance) || '/' || (select count(*) from sla_breach)""";

    /** The demo's providers (V1), all signed years ago; the other tests' providers come and go. */
    private static final String DEMO_PROVIDERS = "'P-BJ-001', 'P-SH-001', 'P-HZ-001', 'P-SZ-001', 'P-CD-001', 'P-JH-001'";

    private static DemoHistory.Loaded first;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(DemoHistoryIT.class.getPackage());
    }

    @Inject
    Sql sql;

    @Inject
    DemoHistory history;

    @Inject
    Clock clock;

    private void loaded() {
        if (first == null) {
            first = history.load();
        }
    }

    private YearMonth firstMonth() {
        return YearMonth.now(clock).minusMonths(DemoHistory.MONTHS);
    }

    @Test
    @Order(1)
    void theTestProfileDoesNotLoadTheHistoryAtStart() {
        assertThat(sql.count("select count(*) from information_schema.tables where table_name = 'flyway_demo_year_history'"))
                .as("the history's Flyway table before anyone asked for it").isZero();
        assertThat(sql.count("select count(*) from installation_archive where created_by = 'demo-history'")).isZero();
    }

    @Test
    @Order(2)
    void everySignedProviderHasTwelveScoredMonthsThatDiffer() {
        loaded();
        assertThat(first.scripts()).isEqualTo(4);
        List<Object[]> providers = sql.rows("""
                select p.code, count(distinct a.month), count(distinct a.score), sum(a.deductions)
                from service_provider p
                left join monthly_assessment a on a.provider_id = p.id and a.month >= ? and a.month < ?
                where p.code in (%s)
                group by p.code""".formatted(DEMO_PROVIDERS), firstMonth().atDay(1), YearMonth.now(clock).atDay(1));
        assertThat(providers).hasSize(6).allSatisfy(row -> {
            assertThat(((Number) row[1]).intValue()).as("scored months of " + row[0]).isEqualTo(DemoHistory.MONTHS);
            // they lose points for what the history recorded against them, not the same each month
            assertThat(((Number) row[2]).intValue()).as("distinct scores of " + row[0]).isGreaterThan(2);
        });
        assertThat(sql.count("""
                select count(distinct l.kind) from assessment_line l join monthly_assessment a on a.id = l.assessment_id
                where a.month >= ?""", firstMonth().atDay(1)))
                .as("kinds of deduction over the year").isGreaterThanOrEqualTo(6);
    }

    @Test
    @Order(3)
    void fiftyTwoWeeklyReportsExistEachWithItsFigures() {
        loaded();
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Object[]> weeks = sql.rows("""
                select r.week_start, count(f.*) filter (where f.section = 'INSTALLATIONS'), count(f.*) filter (where f.section = 'SATISFACTION')
                from weekly_report r left join weekly_report_figure f on f.report_id = r.id
                where r.week_start >= ? and r.week_start < ? group by r.week_start""",
                monday.minusWeeks(DemoHistory.WEEKS), monday);
        assertThat(weeks).hasSize(DemoHistory.WEEKS).allSatisfy(row -> {
            assertThat(((Number) row[1]).intValue()).as("installation figures of " + row[0]).isPositive();
            assertThat(((Number) row[2]).intValue()).as("satisfaction figures of " + row[0]).isPositive();
        });
    }

    @Test
    @Order(4)
    void theDashboardShowsFiguresInEachOfTheLastTwelveMonths() {
        loaded();
        String months = "month >= cast(? as date) and month < cast(? as date)";
        Object from = firstMonth().atDay(1);
        Object to = YearMonth.now(clock).atDay(1);
        assertThat(sql.count("select count(distinct month) from dashboard_survey_month where answered > 0 and " + months, from, to))
                .isEqualTo(DemoHistory.MONTHS);
        assertThat(sql.count("select count(distinct month) from dashboard_follow_up_month where due > 0 and " + months, from, to))
                .isEqualTo(DemoHistory.MONTHS);
        assertThat(sql.count("select count(distinct month) from dashboard_case_month where " + months, from, to))
                .isEqualTo(DemoHistory.MONTHS);
        assertThat(sql.count("select count(distinct month) from dashboard_installation_month where " + months, from, to))
                .isEqualTo(DemoHistory.MONTHS);
        // the satisfaction trend is a trend: not the same rate every month
        assertThat(sql.count("""
                select count(distinct round(100.0 * s, 0)) from (select sum(satisfied)::numeric / sum(answered) as s
                from dashboard_survey_month where %s group by month) t""".formatted(months), from, to)).isGreaterThan(3);
    }

    @Test
    @Order(5)
    void followUpsSurveysCasesAndInformationSpreadOverTheYear() {
        loaded();
        Object from = firstMonth().atDay(1);
        Object to = YearMonth.now(clock).atDay(1);
        assertEveryMonthHasAtLeast("survey_response", "answered_at", 100);
        assertEveryMonthHasAtLeast("follow_up", "due_at", 100);
        assertEveryMonthHasAtLeast("service_case", "opened_at", 30);
        assertEveryMonthHasAtLeast("information_item", "filed_at", 5);
        assertEveryMonthHasAtLeast("archive_submission", "submitted_at", 10);
    }

    private static String quoted(Enum<?>[] values) {
        return Arrays.stream(values).map(value -> "'" + value.name() + "'").collect(Collectors.joining(","));
    }

    private void assertEveryMonthHasAtLeast(String table, String moment, int fewest) {
        List<Object[]> months = sql.rows("""
                select to_char(m, 'YYYY-MM'), (select count(*) from %1$s t
                    where t.%2$s >= cast(m as timestamp) at time zone 'Asia/Shanghai'
                      and t.%2$s < cast(m + interval '1 month' as timestamp) at time zone 'Asia/Shanghai')
                from generate_series(cast(? as date), cast(? as date) - 1, interval '1 month') m""".formatted(table, moment),
                firstMonth().atDay(1), YearMonth.now(clock).atDay(1));
        assertThat(months).hasSize(DemoHistory.MONTHS).allSatisfy(row -> assertThat(((Number) row[1]).longValue())
                .as(table + " in " + row[0]).isGreaterThanOrEqualTo(fewest));
    }

    @Test
    @Order(6)
    void theHistoryKeepsTheDomainsRules() {
        loaded();
        // an installation's call: to the end of the 7th day after acceptance, Beijing time
        assertThat(sql.count("""
                select count(*) from follow_up f join installation_archive i on i.id = f.installation_id
                where f.kind = 'INSTALLATION' and i.created_by = 'demo-history'
                  and f.due_at <> cast(i.accepted_on + 8 as timestamp) at time zone 'Asia/Shanghai'""")).isZero();
        // satisfied exactly when the overall score reaches the policy's 4 of 5
        assertThat(sql.count("""
                select count(*) from survey_response r join installation_archive i on i.id = r.installation_id
                where i.created_by = 'demo-history' and r.satisfied <> (r.overall >= 4)""")).isZero();
        // a history case's clocks are the policy's hours from its opening, and each one missed is recorded once
        assertThat(sql.count("""
                select count(*) from service_case sc join installation_archive i on i.id = sc.installation_id
                join policy_value r on r.id = sc.first_reply_policy_id join policy_value s on s.id = sc.on_site_policy_id
                where i.created_by = 'demo-history' and (sc.first_reply_due <> sc.opened_at + cast(r.value as integer) * interval '1 hour'
                   or sc.on_site_due <> sc.opened_at + cast(s.value as integer) * interval '1 hour')""")).isZero();
        assertThat(sql.count("""
                select count(*) from service_case sc join installation_archive i on i.id = sc.installation_id
                where i.created_by = 'demo-history' and ((sc.first_replied_at > sc.first_reply_due) <> exists
                    (select 1 from sla_breach b where b.case_id = sc.id and b.clock = 'FIRST_REPLY'))""")).isZero();
        assertThat(sql.count("select count(*) from sla_breach b join installation_archive i on i.id = "
                + "(select installation_id from service_case where id = b.case_id) where i.created_by = 'demo-history'"))
                .isPositive();
        // every history case is closed; a complaint only after a follow-up found the customer satisfied
        assertThat(sql.count("""
                select count(*) from service_case sc join installation_archive i on i.id = sc.installation_id
                where i.created_by = 'demo-history' and (sc.status <> 'CLOSED' or (sc.case_type = 'COMPLAINT' and not exists
                    (select 1 from follow_up f where f.case_id = sc.id and f.kind = 'COMPLAINT' and f.satisfied
                       and f.completed_at <= sc.closed_at)))""")).isZero();
        // a week's archives: late exactly when sent after the Monday 17:00 deadline; missing or late weeks' floors get
        // technical support only
        assertThat(sql.count("select count(*) from archive_submission where stored_name like 'demo-history-%' "
                + "and late <> (submitted_at > deadline_at)")).isZero();
        assertThat(sql.count("""
                select count(*) from installation_archive i join archive_submission_week w on w.provider_id = i.provider_id
                 and i.installed_on between w.week_start and w.week_start + 6
                where i.created_by = 'demo-history' and i.technical_support_only <> (w.outcome <> 'ON_TIME')""")).isZero();
        // every unsatisfied answer of the history became an item for its provider, closed by a satisfied re-call
        assertThat(sql.count("""
                select count(*) from survey_response r join installation_archive i on i.id = r.installation_id
                where i.created_by = 'demo-history' and not r.satisfied and not exists
                    (select 1 from unsatisfied_item u where u.follow_up_id = r.follow_up_id and u.status = 'RESOLVED')""")).isZero();
        // an order's lines carry the order's statuses, a case's the case's (the page names each from its own list)
        assertThat(sql.count("select count(*) from case_history where order_id is not null and to_status not in ("
                + quoted(DispatchStatus.values()) + ")")).isZero();
        assertThat(sql.count("select count(*) from case_history where order_id is null and to_status not in ("
                + quoted(CaseStatus.values()) + ")")).isZero();
        // real-looking people: Chinese names and mainland mobiles, in the dealers' cities
        assertThat(sql.count("""
                select count(*) from customer c join installation_archive i on i.customer_id = c.id
                where i.created_by = 'demo-history' and (c.name !~ '^[一-龥]{2,3}$' or not exists
                    (select 1 from customer_phone p where p.customer_id = c.id and p.number ~ '^1[3-9][0-9]{9}$'))""")).isZero();
    }

    @Test
    @Order(7)
    void loadingTwiceAddsNothing() {
        loaded();
        String before = (String) sql.value(COUNTS);
        DemoHistory.Loaded again = history.load();
        assertThat(again.scripts()).isZero();
        assertThat(again.months()).isZero();
        assertThat(again.weeks()).isZero();
        assertThat(sql.value(COUNTS)).isEqualTo(before);
    }
}
