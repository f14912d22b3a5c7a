package com.aftersales.crm.bench;

import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.report.boundary.WeeklyReportGeneration;
import com.aftersales.crm.report.entity.ReportWeek;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly report's speed bar: over 10,000,000 installations and 2,000,000 cases, computing a week's report (what the
 * report job does: the generation service inside the server, storing every figure) takes at most twice the time of
 * the same figures computed by one hand-written SQL script. Both run three times after one warm-up each, alternately;
 * the medians are compared. Figures go to the server log as BENCHMARK| lines, which ./crm bench prints.
 *
 * <p>The generator is set-based SQL and keeps what is there: installations ({@code created_by = 'bench-weekly'}) over
 * three years up to {@code -Dcrm.bench.installations} (10,000,000), spread over the case benchmark's 300 providers
 * (or 300 of its own, {@code BW-…}, when that one has not run), with weekly archive submissions for the last eight
 * weeks (one provider in five late, one installation in ten not received). The cases, follow-ups and surveys are those
 * the other benchmarks left (2,000,000 cases after CaseListBenchmark); their counts are printed.
 */
@ExtendWith(ArquillianExtension.class)
class WeeklyReportBenchmark {

    private static final long INSTALLATIONS = Long.getLong("crm.bench.installations", 10_000_000L);
    private static final int PROVIDERS = 300;
    private static final int CUSTOMERS = 10_000;
    private static final int CHUNK = 1_000_000;
    private static final int RUNS = 3;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(WeeklyReportBenchmark.class.getPackage());
    }

    @Resource(lookup = "jdbc/crm")
    DataSource dataSource;

    @Inject
    WeeklyReportGeneration generation;

    @Test
    void aWeeksReportTakesAtMostTwiceTheHandWrittenScript() throws Exception {
        generate();
        ReportWeek week = ReportWeek.containing(Instant.now()).previous();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            System.out.printf("BENCHMARK| weekly report data: %,d installations (%,d in the week of %s), %,d cases, %,d SLA "
                            + "breaches, %,d follow-ups, %,d survey answers, %,d providers%n",
                    count(sql, "select count(*) from installation_archive"),
                    count(sql, "select count(*) from installation_archive where installed_on >= date '" + week.monday()
                            + "' and installed_on < date '" + week.monday().plusWeeks(1) + "'"), week.monday(),
                    count(sql, "select count(*) from service_case"), count(sql, "select count(*) from sla_breach"),
                    count(sql, "select count(*) from follow_up"), count(sql, "select count(*) from survey_response"),
                    count(sql, "select count(*) from service_provider"));
        }
        String script = script(week);
        // warm-up: one of each
        generation.generate(week.monday(), "bench", null);
        long scriptRows = runScript(script);

        double[] job = new double[RUNS];
        double[] handWritten = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            generation.generate(week.monday(), "bench", null);
            job[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            runScript(script);
            handWritten[i] = (System.nanoTime() - start) / 1e6;
        }
        double jobMedian = median(job);
        double scriptMedian = median(handWritten);
        double ratio = jobMedian / scriptMedian;
        long figures;
        Map<String, Long> check;
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            figures = count(sql, "select count(*) from weekly_report_figure f join weekly_report r on r.id = f.report_id "
                    + "where r.week_start = date '" + week.monday() + "'");
            check = totals(sql, week);
        }
        System.out.printf("BENCHMARK| weekly report for %s (%s): report job's computation (8 sections stored, %,d figures) "
                        + "median %.0f ms %s; hand-written SQL script (%,d result rows) median %.0f ms %s; ratio %.2f "
                        + "(target ≤ 2.00)%n", week.isoName(), week.monday(), figures, jobMedian, Arrays.toString(round(job)),
                scriptRows, scriptMedian, Arrays.toString(round(handWritten)), ratio);
        System.out.println("BENCHMARK| weekly report totals (report = script): " + check);
        check.forEach((name, difference) -> assertThat(difference).as(name + ": report minus script").isZero());
    }

    /** For a few totals: the stored figure minus the script's, which must be 0. */
    private static Map<String, Long> totals(Statement sql, ReportWeek week) throws Exception {
        Map<String, Long> script = new HashMap<>();
        try (ResultSet rows = sql.executeQuery(script(week))) {
            while (rows.next()) {
                script.merge(rows.getString(1) + ":" + rows.getString(3), rows.getLong(4), Long::sum);
            }
        }
        Map<String, Long> differences = new HashMap<>();
        for (String[] figure : new String[][]{{"INSTALLATIONS", "INSTALLED", "installations"}, {"CASES", "OPENED", "cases"},
                {"FOLLOW_UPS", "DUE", "follow_ups"}, {"SATISFACTION", "ANSWERED", "satisfaction"}}) {
            long stored = count(sql, "select coalesce(sum(value), 0) from weekly_report_figure f join weekly_report r "
                    + "on r.id = f.report_id where r.week_start = date '" + week.monday() + "' and f.section = '" + figure[0]
                    + "' and f.measure = '" + figure[1] + "' and f.dimension = '*'");
            differences.put(figure[0] + "." + figure[1], stored - script.getOrDefault(figure[2] + ":" + figure[1], 0L));
        }
        return differences;
    }

    private long runScript(String script) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(script)) {
            long n = 0;
            while (rows.next()) {
                n++;
            }
            return n;
        }
    }

    /**
     * The same figures as one hand-written script, as someone would write it against the schema for a report: the
     * week as literals, one aggregate per section, unioned into (section, dimension, measure, value), without storing.
     */
    static String script(ReportWeek week) {
        String t0 = "timestamptz '" + week.monday() + " 00:00+08'";
        String t1 = "timestamptz '" + week.monday().plusWeeks(1) + " 00:00+08'";
        String d0 = "date '" + week.monday() + "'";
        String d1 = "date '" + week.monday().plusWeeks(1) + "'";
        String month = "date '" + week.caseStudyMonth().atDay(1) + "'";
        return """
                with ins as (
                    select i.provider_id, count(*) as installed, count(*) filter (where s.id is not null and not s.late) as on_time,
                           count(*) filter (where s.late) as late, count(*) filter (where s.id is null) as not_received
                    from installation_archive i left join archive_submission s on s.id = i.submission_id
                    where i.installed_on >= @D0@ and i.installed_on < @D1@ group by i.provider_id),
                fu as (
                    select kind, count(*) as due, count(*) filter (where status = 'DONE') as done,
                           count(*) filter (where status = 'DONE' and completed_at <= due_at) as within_window
                    from follow_up where due_at >= @T0@ and due_at < @T1@ group by kind),
                sat as (
                    select provider_id, count(*) as answered, count(*) filter (where satisfied) as satisfied
                    from survey_response where answered_at >= @T0@ and answered_at < @T1@ group by provider_id),
                cs as (
                    select case_type, coalesce(responsibility, 'NONE') as responsibility,
                           count(*) filter (where opened_at >= @T0@ and opened_at < @T1@) as opened,
                           count(*) filter (where closed_at >= @T0@ and closed_at < @T1@) as closed,
                           count(*) filter (where id in (select case_id from sla_breach where due_at >= @T0@ and due_at < @T1@)) as overdue
                    from service_case
                    where (opened_at >= @T0@ and opened_at < @T1@) or (closed_at >= @T0@ and closed_at < @T1@)
                       or id in (select case_id from sla_breach where due_at >= @T0@ and due_at < @T1@)
                    group by 1, 2),
                qc as (
                    select product_id, count(*) as submitted, sum(affected_m2) as affected,
                           count(*) filter (where answered_at is not null) as answered,
                           count(*) filter (where coalesce(answered_at, now()) > answer_due) as late
                    from quality_complaint where submitted_at >= @T0@ and submitted_at < @T1@ group by product_id),
                inf as (
                    select direction, category, count(*) filter (where filed_at >= @T0@ and filed_at < @T1@) as filed,
                           count(*) filter (where filed_at >= @T0@ and filed_at < @T1@ and answered_at is not null) as answered,
                           count(*) filter (where answer_due >= @T0@ and answer_due < @T1@
                                              and (answered_at is null or answered_at > answer_due)) as missed
                    from information_item
                    where (filed_at >= @T0@ and filed_at < @T1@) or (answer_due >= @T0@ and answer_due < @T1@)
                    group by 1, 2),
                arch as (
                    select coalesce(x.outcome, case when bool_or(not s.late) then 'ON_TIME' when count(s.id) > 0 then 'LATE'
                                                    else 'MISSING' end) as outcome
                    from service_provider p
                    left join archive_submission_week x on x.provider_id = p.id and x.week_start = @D0@
                    left join archive_submission s on s.provider_id = p.id and s.week_start = @D0@ and s.status <> 'FAILED'
                    where (p.status = 'ACTIVE' and p.agreement_signed_on < @D1@) or x.provider_id is not null
                    group by p.id, x.outcome),
                br as (select provider_id, count(*) as n from sla_breach where due_at >= @T0@ and due_at < @T1@ group by 1)
                select 'installations', cast(provider_id as text), 'INSTALLED', installed from ins
                union all select 'installations', cast(provider_id as text), 'ON_TIME', on_time from ins
                union all select 'installations', cast(provider_id as text), 'LATE', late from ins
                union all select 'installations', cast(provider_id as text), 'NOT_RECEIVED', not_received from ins
                union all select 'follow_ups', kind, 'DUE', due from fu
                union all select 'follow_ups', kind, 'DONE', done from fu
                union all select 'follow_ups', kind, 'WITHIN_WINDOW', within_window from fu
                union all select 'satisfaction', cast(provider_id as text), 'ANSWERED', answered from sat
                union all select 'satisfaction', cast(provider_id as text), 'SATISFIED', satisfied from sat
                union all select 'cases', case_type || '/' || responsibility, 'OPENED', opened from cs
                union all select 'cases', case_type || '/' || responsibility, 'CLOSED', closed from cs
                union all select 'cases', case_type || '/' || responsibility, 'OVERDUE', overdue from cs
                union all select 'quality', cast(product_id as text), 'SUBMITTED', submitted from qc
                union all select 'quality', cast(product_id as text), 'ANSWER_LATE', late from qc
                union all select 'information', direction || '/' || category, 'FILED', filed from inf
                union all select 'information', direction || '/' || category, 'UNANSWERED_3_DAYS', missed from inf
                union all select 'archives', outcome, 'PROVIDERS', count(*) from arch group by outcome
                union all select 'case_studies', case when compliant then 'COMPLIANT' else reason end, 'PROVIDERS', count(*)
                          from case_study_compliance where month = @MONTH@ group by 2
                union all select 'ranking', p.code, 'RANK',
                          row_number() over (order by coalesce(sat.answered, 0) > 0 desc,
                                                      round(100.0 * sat.satisfied / nullif(sat.answered, 0), 2) desc nulls last,
                                                      coalesce(br.n, 0), coalesce(sat.answered, 0) desc, p.code)
                          from service_provider p left join sat on sat.provider_id = p.id left join br on br.provider_id = p.id
                          where p.status = 'ACTIVE' or sat.provider_id is not null or br.provider_id is not null
                """.replace("@T0@", t0).replace("@T1@", t1).replace("@D0@", d0).replace("@D1@", d1).replace("@MONTH@", month);
    }

    private void generate() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            long before = count(sql, "select count(*) from installation_archive where created_by = 'bench-weekly'");
            long all = count(sql, "select count(*) from installation_archive");
            long wanted = INSTALLATIONS - all;
            if (wanted <= 0) {
                System.out.printf("BENCHMARK| weekly report generator: %,d installations already there (%,d of its own)%n",
                        all, before);
                return;
            }
            long start = System.nanoTime();
            boolean checked = true;
            try {
                sql.execute("set session_replication_role = replica");
                checked = false;
            } catch (java.sql.SQLException notSuperuser) {
                System.out.println("BENCHMARK| weekly report generator: foreign keys checked row by row");
            }
            try {
                String providerPattern = count(sql, "select count(*) from service_provider where code like 'BP-%'") > 0
                        ? "BP-%" : "BW-%";
                if (providerPattern.equals("BW-%") && count(sql, "select count(*) from service_provider where code like 'BW-%'") == 0) {
                    sql.execute("""
                            insert into service_provider (code, name, region_code, market_level, contact_name, contact_phone,
                                                          hotline, agreement_signed_on, grade, status, deposit)
                            select 'BW-' || lpad(g::text, 4, '0'), '周报压测服务商' || g || '号', '110100', 1, '联系人' || g,
                                   '136' || lpad((g * 7919)::text, 8, '0'), '400-700-' || lpad(g::text, 4, '0'),
                                   date '2015-01-01', 'B', 'ACTIVE', 10000
                            from generate_series(1, @N@) g""".replace("@N@", Integer.toString(PROVIDERS)));
                }
                if (count(sql, "select count(*) from customer where name = '周报压测客户'") == 0) {
                    sql.execute("""
                            insert into customer (name, region_code, street, created_at)
                            select '周报压测客户', '110100', '压测路' || g || '号', now() - interval '4 years'
                            from generate_series(1, @N@) g""".replace("@N@", Integer.toString(CUSTOMERS)));
                }
                sql.execute("drop table if exists bench_weekly_provider");
                sql.execute("create temp table bench_weekly_provider as select row_number() over (order by id) - 1 as n, id "
                        + "from service_provider where code like '" + providerPattern + "'");
                sql.execute("drop table if exists bench_weekly_customer");
                sql.execute("create temp table bench_weekly_customer as select row_number() over (order by id) - 1 as n, id "
                        + "from customer where name = '周报压测客户'");
                long providers = count(sql, "select count(*) from bench_weekly_provider");
                // the last eight weeks' archive submissions: every provider once a week, one in five late
                sql.execute("""
                        insert into archive_submission (provider_id, week_start, file_name, stored_name, file_format, file_size,
                                                        sha256, channel, submitted_by, submitted_at, deadline_at,
                                                        deadline_policy_id, late, status)
                        select p.id, w.monday, 'bench.xlsx', 'bench-weekly-' || p.id || '-' || w.monday, 'XLSX', 1000,
                               repeat('b', 64), 'INBOX', 'bench', w.monday + interval '7 days 10 hours' + case when p.n % 5 = 0 then interval '2 days' else interval '0 days' end,
                               w.monday + interval '7 days 17 hours',
                               (select max(id) from policy_value where policy_key = 'archive-submission.deadline-after-week'),
                               p.n % 5 = 0, 'COMPLETED'
                        from bench_weekly_provider p
                        cross join (select cast(date_trunc('week', current_date) - k * interval '1 week' as date) as monday
                                    from generate_series(1, 8) k) w
                        on conflict (stored_name) do nothing""");
                long free = count(sql, "select max(id) from policy_value where policy_key = 'warranty.free-period'");
                long card = count(sql, "select max(id) from policy_value where policy_key = 'warranty.card-required-from'");
                for (long from = 1; from <= wanted; from += CHUNK) {
                    long to = Math.min(wanted, from + CHUNK - 1);
                    sql.execute("""
                            insert into installation_archive (customer_id, provider_id, installation_method, installed_on,
                                                              accepted_on, free_period_policy_id, card_rule_policy_id,
                                                              created_by, created_at, submission_id)
                            select c.id, p.id, (array['FLOATING','JOIST','GLUE_DOWN'])[1 + g % 3], d.day, d.day + 3,
                                   @FREE@, @CARD@, 'bench-weekly', d.day + interval '18 hours',
                                   case when g % 10 <> 0 then
                                       (select s.id from archive_submission s where s.provider_id = p.id
                                          and s.week_start = cast(date_trunc('week', d.day) as date)
                                          and s.stored_name like 'bench-weekly-%') end
                            from generate_series(cast(@FROM@ as bigint), cast(@TO@ as bigint)) g
                            join bench_weekly_provider p on p.n = g % @PROVIDERS@
                            join bench_weekly_customer c on c.n = g % @CUSTOMERS@
                            cross join lateral (select current_date - 1 - cast((g * 7919) % 1095 as integer) as day) d
                            """.replace("@FREE@", Long.toString(free)).replace("@CARD@", Long.toString(card))
                            .replace("@FROM@", Long.toString(before + from)).replace("@TO@", Long.toString(before + to))
                            .replace("@PROVIDERS@", Long.toString(providers)).replace("@CUSTOMERS@", Integer.toString(CUSTOMERS)));
                }
                sql.execute("drop table bench_weekly_provider");
                sql.execute("drop table bench_weekly_customer");
            } finally {
                if (!checked) {
                    sql.execute("reset session_replication_role");
                }
            }
            long generated = System.nanoTime();
            sql.execute("vacuum analyze installation_archive");
            sql.execute("analyze archive_submission");
            System.out.printf("BENCHMARK| weekly report generator: %,d installations in %.1f s (%,.0f rows/s), vacuum analyze "
                            + "%.1f s; %,d installations in all%n", wanted, (generated - start) / 1e9,
                    wanted / ((generated - start) / 1e9), (System.nanoTime() - generated) / 1e9,
                    count(sql, "select count(*) from installation_archive"));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long[] round(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

}
