package com.aftersales.crm.bench;

import com.aftersales.crm.report.entity.ReportWeek;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the weekly report benchmark runs on, and its baseline, apart from the server so that both can be tried on any
 * PostgreSQL: the set-based generator (named steps of plain SQL) and the hand-written script that computes every
 * figure of a week's report.
 *
 * <p>The generator builds, on a fresh database, everything the report reads: {@value #PROVIDERS} providers of its own
 * ({@code BW-…}; some suspended, some without an agreement, some registered three weeks ago), installations over
 * three years in the order they were archived, with the last eight weeks' archive submissions (one provider in five
 * late, one in 25 missing a week, one installation in ten not received) and the older of those weeks' recorded
 * outcomes, cases over three years with their SLA breaches (a first reply missed in about one case in six, an on-site
 * visit in about one in four), the follow-ups of the last twelve weeks' installations and closed cases with their
 * survey answers, quality complaints, market information, the last six months' case-study compliance and batch alerts.
 */
final class WeeklyReportData {

    static final int PROVIDERS = 320;
    static final int CUSTOMERS = 10_000;
    private static final long CHUNK = 1_000_000;
    /** The steps that bulk-load a big table, and the table. */
    private static final Map<String, String> BULK = Map.of("installations", "installation_archive", "cases", "service_case",
            "SLA breaches", "sla_breach", "follow-ups, survey answers", "follow_up");

    private WeeklyReportData() {
    }

    /**
     * One step of the generator: its statements, run in order; for a bulk load into a big table ({@code table} not
     * null), in one transaction that drops the table's indexes other than its keys first and builds them again after,
     * which is several times faster than keeping them up to date row by row (and, being one transaction, leaves the
     * indexes as they were whatever fails).
     */
    record Step(String table, List<String> statements) {

        Step(List<String> statements) {
            this(null, statements);
        }

        /** Runs the step on a connection in auto-commit mode. */
        void run(Connection connection) throws SQLException {
            try (Statement sql = connection.createStatement()) {
                if (table == null) {
                    for (String statement : statements) {
                        sql.execute(statement);
                    }
                    return;
                }
                List<String[]> indexes = new ArrayList<>();
                try (ResultSet rows = sql.executeQuery("select i.indexname, i.indexdef from pg_indexes i "
                        + "where i.schemaname = 'public' and i.tablename = '" + table + "' "
                        + "and not exists (select 1 from pg_constraint c where c.conname = i.indexname)")) {
                    while (rows.next()) {
                        indexes.add(new String[] {rows.getString(1), rows.getString(2)});
                    }
                }
                connection.setAutoCommit(false);
                try {
                    for (String[] index : indexes) {
                        sql.execute("drop index " + index[0]);
                    }
                    for (String statement : statements) {
                        sql.execute(statement);
                    }
                    sql.execute("set local maintenance_work_mem = '256MB'");
                    for (String[] index : indexes) {
                        sql.execute(index[1]);
                    }
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            }
        }
    }

    /** The generator's steps by name (run with foreign keys and triggers off). */
    static Map<String, Step> generator(long installations, long cases) {
        Map<String, List<String>> steps = new LinkedHashMap<>();
        steps.put("providers, customers, archive submissions", List.of("""
                insert into service_provider (code, name, region_code, market_level, contact_name, contact_phone, hotline,
                                              agreement_signed_on, grade, status, deposit, created_at)
                select 'BW-' || lpad(n::text, 4, '0'), '周报压测服务商' || n || '号', '110100', 1 + n % 3, '联系人' || n,
                       '136' || lpad((n * 7919)::text, 8, '0'), '400-700-' || lpad(n::text, 4, '0'),
                       case when n % 60 = 11 then null else date '2015-01-01' end, 'B',
                       case when n % 40 = 0 then 'SUSPENDED' else 'ACTIVE' end, 10000,
                       case when n % 50 = 7 then now() - interval '20 days' else timestamptz '2015-01-01 00:00+08' end
                from generate_series(0, @PROVIDERS@ - 1) n""", """
                create temp table bw_provider as
                select row_number() over (order by id) - 1 as n, id from service_provider where code like 'BW-%'""", """
                insert into customer (name, region_code, street, created_at)
                select '周报压测客户' || g, '110100', '压测路' || g || '号', now() - interval '4 years'
                from generate_series(1, @CUSTOMERS@) g""", """
                create temp table bw_customer as
                select row_number() over (order by id) - 1 as n, id from customer where name like '周报压测客户%'""", """
                create temp table bw_week as
                select k, cast(date_trunc('week', cast(now() at time zone 'Asia/Shanghai' as date)) as date) - 7 * k as monday
                from generate_series(1, 8) k""", """
                insert into archive_submission (provider_id, week_start, file_name, stored_name, file_format, file_size, sha256,
                                                channel, submitted_by, submitted_at, deadline_at, deadline_policy_id, late, status)
                select p.id, w.monday, 'bench.xlsx', 'bench-weekly-' || p.id || '-' || w.monday || '-' || f.failed, 'XLSX', 1000,
                       repeat('b', 64), 'INBOX', 'bench',
                       cast(w.monday + 7 as timestamp) at time zone 'Asia/Shanghai'
                           + case when f.failed then interval '8 hours'
                                  when p.n % 5 = 0 then interval '2 days 10 hours' else interval '10 hours' end,
                       cast(w.monday + 7 as timestamp) at time zone 'Asia/Shanghai' + interval '17 hours',
                       (select max(id) from policy_value where policy_key = 'archive-submission.deadline-after-week'),
                       p.n % 5 = 0 and not f.failed, case when f.failed then 'FAILED' else 'COMPLETED' end
                from bw_provider p cross join bw_week w
                cross join (values (false), (true)) f (failed)
                where (p.n + w.k) % 25 <> 3 and (not f.failed or (p.n + w.k) % 30 = 1)""", """
                create temp table bw_submission as
                select provider_id, week_start, id from archive_submission
                where stored_name like 'bench-weekly-%' and status = 'COMPLETED'""", """
                alter table bw_submission add primary key (provider_id, week_start)""", """
                analyze bw_provider, bw_customer, bw_week, bw_submission""", """
                create temp table bw_key as
                select (select min(id) from bw_customer) as customer, (select min(id) from bw_provider) as provider,
                       cast(now() at time zone 'Asia/Shanghai' as date) as today,
                       (select min(monday) from bw_week) as first_week, @FREE@ as free, @CARD@ as card,
                       @REPLY_POLICY@ as reply_policy, @SITE_POLICY@ as site_policy""", """
                insert into archive_submission_week (provider_id, week_start, deadline_at, outcome, first_submission_id,
                                                     first_submitted_at, recorded_at)
                select p.id, w.monday, cast(w.monday + 7 as timestamp) at time zone 'Asia/Shanghai' + interval '17 hours',
                       case when s.id is null then 'MISSING' when s.late then 'LATE' else 'ON_TIME' end, s.id, s.submitted_at,
                       cast(w.monday + 9 as timestamp) at time zone 'Asia/Shanghai'
                from bw_provider p join service_provider sp on sp.id = p.id cross join bw_week w
                left join archive_submission s on s.provider_id = p.id and s.week_start = w.monday and s.status = 'COMPLETED'
                where w.k >= 4 and sp.status = 'ACTIVE' and sp.agreement_signed_on is not null
                  and archive_week_owed(w.monday, sp.created_at)"""));
        List<String> installationChunks = new ArrayList<>();
        for (long from = 1; from <= installations; from += CHUNK) {
            // in the order they were archived: the day grows with g over the last 1,095 days
            installationChunks.add("""
                    insert into installation_archive (customer_id, provider_id, installation_method, installed_on, accepted_on,
                                                      free_period_policy_id, card_rule_policy_id, created_by, created_at,
                                                      submission_id)
                    select k.customer + g % @CUSTOMERS@, d.provider, (array['FLOATING','JOIST','GLUE_DOWN'])[1 + g % 3], d.day,
                           d.day + 3, k.free, k.card, 'bench-weekly', d.day + interval '18 hours',
                           case when g % 10 <> 0 and d.day >= k.first_week
                                then (select s.id from bw_submission s where s.provider_id = d.provider
                                        and s.week_start = cast(date_trunc('week', d.day) as date)) end
                    from generate_series(cast(@FROM@ as bigint), cast(@TO@ as bigint)) g
                    cross join bw_key k
                    cross join lateral (select k.today - 1095 + cast((g - 1) * 1095 / @INSTALLATIONS@ as integer) as day,
                                               case when g % 200 <> 0 then k.provider + g % @PROVIDERS@ end as provider) d"""
                    .replace("@FROM@", Long.toString(from)).replace("@TO@", Long.toString(Math.min(installations, from + CHUNK - 1))));
        }
        steps.put("installations", installationChunks);
        List<String> caseChunks = new ArrayList<>();
        for (long from = 1; from <= cases; from += CHUNK / 2) {
            // opened in order over the last 1,095 days; nine in ten closed; deadlines 4 h (first reply) and 72 h (on site)
            caseChunks.add("""
                    insert into service_case (customer_id, provider_id, channel, case_type, severity, status, customer_words,
                                              suburban, opened_at, opened_by, first_reply_due, first_reply_policy_id,
                                              first_replied_at, on_site_due, on_site_policy_id, on_site_at, responsibility,
                                              closed_at, last_action, last_action_at)
                    select k.customer + g % @CUSTOMERS@, case when g % 97 <> 0 then k.provider + g % @PROVIDERS@ end,
                           (array['HOTLINE','DEALER','PROVIDER','WEB'])[1 + g % 4],
                           (array['CONSULTATION','COMPLAINT','REPAIR','MAINTENANCE'])[1 + (g * 7) % 4],
                           case when g % 9 = 0 then 'MAJOR' else 'NORMAL' end,
                           case when t.closed_at is null then 'OPEN' else 'CLOSED' end, '压测', false, t.opened_at, 'bench-weekly',
                           t.opened_at + interval '4 hours', k.reply_policy,
                           case when t.replied_at < now() then t.replied_at end,
                           t.opened_at + interval '72 hours', k.site_policy,
                           case when t.on_site_at < now() then t.on_site_at end,
                           (array['PRODUCT_QUALITY','INSTALLATION_QUALITY','SERVICE_QUALITY','CUSTOMER_USE','LOGISTICS',
                                  'UNDETERMINED'])[1 + (g / 4) % 7],
                           t.closed_at, 'OPENED', t.opened_at
                    from generate_series(cast(@FROM@ as bigint), cast(@TO@ as bigint)) g
                    cross join bw_key k
                    cross join lateral (select o.opened_at,
                                               case when g % 10 <> 0 and o.opened_at + make_interval(hours => cast(g % 200 as integer)) < now()
                                                    then o.opened_at + make_interval(hours => cast(g % 200 as integer)) end as closed_at,
                                               o.opened_at + make_interval(hours => cast((g * 13) % 6 as integer)) as replied_at,
                                               o.opened_at + make_interval(hours => cast((g * 31) % 100 as integer)) as on_site_at
                                        from (select now() - interval '1095 days'
                                                     + (g - 1) * (interval '1095 days' / @CASES@) as opened_at) o) t"""
                    .replace("@FROM@", Long.toString(from)).replace("@TO@", Long.toString(Math.min(cases, from + CHUNK / 2 - 1))));
        }
        steps.put("cases", caseChunks);
        steps.put("SLA breaches", List.of("""
                insert into sla_breach (case_id, clock, provider_id, due_at, policy_id, detected_at)
                select c.id, b.clock, c.provider_id, b.due_at, b.policy_id, b.due_at + interval '1 minute'
                from service_case c
                cross join lateral (values ('FIRST_REPLY', c.first_reply_due, c.first_reply_policy_id, c.first_replied_at),
                                           ('ON_SITE', c.on_site_due, c.on_site_policy_id, c.on_site_at))
                                   b (clock, due_at, policy_id, met_at)
                where c.opened_by = 'bench-weekly' and coalesce(b.met_at, now()) > b.due_at and b.due_at < now()
                on conflict do nothing"""));
        steps.put("follow-ups, survey answers", List.of("""
                insert into follow_up (kind, source_key, customer_id, installation_id, case_id, provider_id, created_at, due_from,
                                       due_at, window_policy_id, priority, status, ready_at, attempts, completed_at,
                                       completed_by, satisfied)
                select f.kind, f.source_key, f.customer_id, f.installation_id, f.case_id, f.provider_id, f.due_from, f.due_from,
                       f.due_at, (select max(id) from policy_value where policy_key = 'followup.call-window.' || lower(f.kind)),
                       1, case when x.completed_at is null then 'OPEN' else x.status end, f.due_from,
                       case when x.completed_at is null then 0 else 1 end, x.completed_at,
                       case when x.completed_at is not null then 'bench' end,
                       case when x.completed_at is not null and x.status = 'DONE' then (f.id * 13) % 10 < 8 end
                from (select 'INSTALLATION' as kind, 'bw-i-' || i.id as source_key, i.customer_id, i.id as installation_id,
                             cast(null as bigint) as case_id, i.provider_id, i.id,
                             cast(i.installed_on + 3 as timestamp) at time zone 'Asia/Shanghai' + interval '9 hours' as due_from,
                             cast(i.installed_on + 10 as timestamp) at time zone 'Asia/Shanghai' + interval '9 hours' as due_at
                      from installation_archive i
                      where i.installed_on >= cast(now() at time zone 'Asia/Shanghai' as date) - 84
                        and i.created_by = 'bench-weekly' and i.id % 2 = 0
                      union all
                      select case c.case_type when 'COMPLAINT' then 'COMPLAINT' when 'CONSULTATION' then 'RECALL' else 'VISIT' end,
                             'bw-c-' || c.id, c.customer_id, null, c.id, c.provider_id, c.id,
                             c.closed_at + interval '1 day', c.closed_at + interval '4 days'
                      from service_case c
                      where c.closed_at >= now() - interval '84 days' and c.opened_by = 'bench-weekly'
                        and (c.case_type <> 'CONSULTATION' or c.id % 3 = 0)) f
                cross join lateral (
                    select s.status, case when s.status <> 'OPEN' and s.at < now() then s.at end as completed_at
                    from (select (array['DONE','DONE','DONE','DONE','DONE','DONE','REFUSED','UNREACHABLE','CANCELLED','OPEN'])[1 + f.id % 10]
                                     as status,
                                 f.due_from + make_interval(hours => cast(2 + (f.id * 7) % 200 as integer)) as at) s) x""", """
                insert into survey_response (follow_up_id, template_id, customer_id, provider_id, case_id, installation_id,
                                             overall, satisfied, satisfied_policy_id, answered_at, answered_by)
                select f.id, (select min(id) from survey_template), f.customer_id, f.provider_id, f.case_id, f.installation_id,
                       case when f.satisfied then 4 + f.id % 2 else 1 + f.id % 3 end, f.satisfied,
                       (select max(id) from policy_value where policy_key = 'survey.satisfied-score'), f.completed_at, 'bench'
                from follow_up f where f.source_key like 'bw-%' and f.status = 'DONE'"""));
        steps.put("quality complaints, information, case-study compliance, batch alerts", List.of("""
                insert into quality_complaint (dealer_id, customer_id, product_id, quantity_m2, unit_price, installation_method,
                                               phenomenon, affected_m2, status, submitted_at, submitted_by, answer_due,
                                               answer_policy_id, decided_handling, answer_reason, answered_at, answered_by,
                                               created_at, created_by, last_action, last_action_at)
                select (select min(id) from dealer) + q % 7, c.id,
                       case when q % 50 <> 0 then (select array_agg(id order by id) from product)[1 + q % (select count(*) from product)] end,
                       50, 100, 'FLOATING', '起拱', 1 + q % 40, case when a.answered_at is null then 'SUBMITTED' else 'ANSWERED' end,
                       t.submitted_at, 'bench', t.submitted_at + interval '48 hours',
                       (select max(id) from policy_value where policy_key = 'quality-complaint.answer-hours'),
                       case when a.answered_at is not null then '换货' end, case when a.answered_at is not null then '质量' end,
                       a.answered_at, case when a.answered_at is not null then 'bench' end,
                       t.submitted_at, 'bench', 'SUBMITTED', t.submitted_at
                from generate_series(1, @COMPLAINTS@) q
                join bw_customer c on c.n = q % @CUSTOMERS@
                cross join lateral (select now() - interval '1095 days' + q * (interval '1095 days' / @COMPLAINTS@) as submitted_at) t
                cross join lateral (select case when q % 3 <> 0
                                                 and t.submitted_at + make_interval(hours => cast((q * 7) % 96 as integer)) < now()
                                           then t.submitted_at + make_interval(hours => cast((q * 7) % 96 as integer)) end
                                               as answered_at) a""", """
                insert into information_item (direction, dealer_id, provider_id, category, urgency, subject, content, filed_at,
                                              filed_by, answer_due, answer_policy_id, answered_at, answered_by, answer)
                select (array['FROM_NETWORK','TO_NETWORK'])[1 + i % 2],
                       case when i % 3 = 0 then (select min(id) from dealer) + i % 7 end, case when i % 3 <> 0 then p.id end,
                       (array['CUSTOMER','PRODUCT','MARKET','CRISIS'])[1 + (i / 2) % 4], 'WEEKLY', '市场信息' || i, '内容',
                       t.filed_at, 'bench', t.filed_at + interval '3 days',
                       (select max(id) from policy_value where policy_key = 'information.answer-days'),
                       a.answered_at, case when a.answered_at is not null then 'bench' end,
                       case when a.answered_at is not null then '已阅' end
                from generate_series(1, @INFORMATION@) i
                join bw_provider p on p.n = i % @PROVIDERS@
                cross join lateral (select now() - interval '1095 days' + i * (interval '1095 days' / @INFORMATION@) as filed_at) t
                cross join lateral (select case when i % 5 <> 0 and t.filed_at + make_interval(hours => cast((i * 11) % 100 as integer)) < now()
                                           then t.filed_at + make_interval(hours => cast((i * 11) % 100 as integer)) end
                                               as answered_at) a""", """
                insert into case_study_compliance (provider_id, month, compliant, reason, deduction, deduction_policy_id, recorded_at)
                select p.id, m.month, (p.n + m.k) % 4 <> 0,
                       case when (p.n + m.k) % 8 = 0 then 'MISSING' when (p.n + m.k) % 4 = 0 then 'WORTHLESS' end,
                       case when (p.n + m.k) % 4 = 0 then 200 else 0 end,
                       (select max(id) from policy_value where policy_key = 'case-study.deduction'), now()
                from bw_provider p
                cross join (select k, cast(date_trunc('month', now() at time zone 'Asia/Shanghai') - make_interval(months => k) as date)
                                       as month from generate_series(1, 6) k) m""", """
                insert into batch_alert (product_id, batch_no, raised_at, window_from, window_to, complaints, returns, affected_m2,
                                         installed_m2, rate_percent, by_complaints, by_rate, complaints_policy_id,
                                         rate_policy_id, period_policy_id)
                select (select array_agg(id order by id) from product)[1 + a % (select count(*) from product)], 'BW' || a,
                       now() - a * interval '42 hours', now() - a * interval '42 hours' - interval '90 days',
                       now() - a * interval '42 hours', 3 + a % 9, a % 4, 10 + a % 17 + 0.5, 3000 + a * 7,
                       round(100.0 * (10 + a % 17 + 0.5) / (3000 + a * 7), 4), true, a % 3 = 0,
                       (select max(id) from policy_value where policy_key = 'batch.alert.complaints'),
                       (select max(id) from policy_value where policy_key = 'batch.alert.rate'),
                       (select max(id) from policy_value where policy_key = 'batch.alert.period')
                from generate_series(1, 40) a""", """
                drop table bw_provider, bw_customer, bw_week, bw_submission, bw_key"""));
        Map<String, Step> filled = new LinkedHashMap<>();
        steps.forEach((name, statements) -> filled.put(name, new Step(BULK.get(name), statements.stream().map(s -> s
                .replace("@PROVIDERS@", Integer.toString(PROVIDERS)).replace("@CUSTOMERS@", Integer.toString(CUSTOMERS))
                .replace("@INSTALLATIONS@", Long.toString(installations)).replace("@CASES@", Long.toString(cases))
                .replace("@COMPLAINTS@", Long.toString(Math.max(1000, cases / 60)))
                .replace("@INFORMATION@", Long.toString(Math.max(1000, cases / 12)))
                .replace("@FREE@", "(select max(id) from policy_value where policy_key = 'warranty.free-period')")
                .replace("@CARD@", "(select max(id) from policy_value where policy_key = 'warranty.card-required-from')")
                .replace("@REPLY_POLICY@", "(select max(id) from policy_value where policy_key = 'sla.first-reply')")
                .replace("@SITE_POLICY@", "(select max(id) from policy_value where policy_key = 'sla.on-site.urban')"))
                .toList())));
        return filled;
    }

    /**
     * The hand-written script: every figure of the week's report as (section, dimension, measure, value), in the
     * job's vocabulary, written as a good SQL author would for this schema — the week as literals, each table read once
     * by an index range on the week (the cases as the union of three ranges: opened, closed, and the cases of the
     * week's SLA breaches), each base aggregate computed once and shared by the sections that need it (the week's
     * installations, surveys and breaches feed both their own section and the ranking).
     */
    static String script(ReportWeek week) {
        String t0 = "timestamptz '" + week.start() + "'";
        String t1 = "timestamptz '" + week.end() + "'";
        String d0 = "date '" + week.monday() + "'";
        String d1 = "date '" + week.monday().plusWeeks(1) + "'";
        String month = "date '" + week.caseStudyMonth().atDay(1) + "'";
        return """
                with ins as (
                    select i.provider_id, count(*) as installed,
                           count(*) filter (where s.id is not null and not s.late) as on_time,
                           count(*) filter (where s.late) as late, count(*) filter (where s.id is null) as not_received
                    from installation_archive i left join archive_submission s on s.id = i.submission_id
                    where i.installed_on >= @D0@ and i.installed_on < @D1@
                    group by i.provider_id),
                sv as (
                    select provider_id, count(*) as answered, count(*) filter (where satisfied) as satisfied
                    from survey_response where answered_at >= @T0@ and answered_at < @T1@
                    group by provider_id),
                br as materialized (
                    select case_id, provider_id from sla_breach where due_at >= @T0@ and due_at < @T1@),
                cs as (
                    select case_type || '/' || coalesce(responsibility, 'NONE') as dim, sum(o) as opened, sum(c) as closed,
                           sum(d) as overdue
                    from (select case_type, responsibility, 1 as o, 0 as c, 0 as d
                          from service_case where opened_at >= @T0@ and opened_at < @T1@
                          union all
                          select case_type, responsibility, 0, 1, 0
                          from service_case where closed_at >= @T0@ and closed_at < @T1@
                          union all
                          select case_type, responsibility, 0, 0, 1
                          from service_case where id in (select case_id from br)) e
                    group by 1),
                fu as (
                    select kind, count(*) as due, count(*) filter (where status = 'DONE') as done,
                           count(*) filter (where status = 'DONE' and completed_at <= due_at) as within_window
                    from follow_up where due_at >= @T0@ and due_at < @T1@
                    group by kind),
                qc as (
                    select product_id, count(*) as submitted, coalesce(sum(affected_m2), 0) as affected_m2,
                           count(*) filter (where answered_at is not null) as answered,
                           count(*) filter (where coalesce(answered_at, now()) > answer_due) as answer_late
                    from quality_complaint where submitted_at >= @T0@ and submitted_at < @T1@
                    group by product_id),
                inf as (
                    select direction || '/' || category as dim, sum(f) as filed, sum(a) as answered, sum(m) as missed
                    from (select direction, category, 1 as f, case when answered_at is not null then 1 else 0 end as a, 0 as m
                          from information_item where filed_at >= @T0@ and filed_at < @T1@
                          union all
                          select direction, category, 0, 0, 1
                          from information_item where answer_due >= @T0@ and answer_due < @T1@
                                                  and (answered_at is null or answered_at > answer_due)) e
                    group by 1),
                arch as (
                    select coalesce(x.outcome, case when s.on_time then 'ON_TIME' when s.provider_id is not null then 'LATE'
                                                    else 'MISSING' end) as outcome
                    from service_provider p
                    left join archive_submission_week x on x.provider_id = p.id and x.week_start = @D0@
                    left join (select provider_id, bool_or(not late) as on_time from archive_submission
                               where week_start = @D0@ and status <> 'FAILED' group by provider_id) s on s.provider_id = p.id
                    where (p.status = 'ACTIVE' and p.agreement_signed_on < @D1@ and archive_week_owed(@D0@, p.created_at))
                       or x.provider_id is not null),
                csc as (
                    select case when compliant then 'COMPLIANT' else reason end as outcome, count(*) as n,
                           sum(deduction) as deduction
                    from case_study_compliance where month = @MONTH@ group by 1),
                rk as (
                    select p.code, p.name, coalesce(sv.answered, 0) as answered,
                           round(100.0 * sv.satisfied / nullif(sv.answered, 0), 2) as rate,
                           coalesce(b.n, 0) as breaches, coalesce(ins.installed, 0) as installed
                    from service_provider p
                    left join sv on sv.provider_id = p.id
                    left join (select provider_id, count(*) as n from br group by provider_id) b on b.provider_id = p.id
                    left join ins on ins.provider_id = p.id
                    where p.status = 'ACTIVE' or sv.provider_id is not null or b.provider_id is not null),
                figure (section, total_row, sort_key, dim, label, measure, value) as (
                    select 'INSTALLATIONS', 0, 0, coalesce(p.code, '-'), cast(p.name as varchar), m.measure, m.value
                    from ins left join service_provider p on p.id = ins.provider_id
                    cross join lateral (values ('INSTALLED', ins.installed), ('ON_TIME', ins.on_time), ('LATE', ins.late),
                                               ('NOT_RECEIVED', ins.not_received)) m (measure, value)
                    union all
                    select 'INSTALLATIONS', 1, 0, '*', null, m.measure, coalesce(m.value, 0)
                    from (select sum(installed) i, sum(on_time) o, sum(late) l, sum(not_received) n from ins) t
                    cross join lateral (values ('INSTALLED', t.i), ('ON_TIME', t.o), ('LATE', t.l), ('NOT_RECEIVED', t.n)) m (measure, value)
                    union all
                    select 'FOLLOW_UPS', case when k.kind = '*' then 1 else 0 end, k.pos, k.kind, null, m.measure, m.value
                    from (select k.kind, k.pos, coalesce(fu.due, 0) as due, coalesce(fu.done, 0) as done,
                                 coalesce(fu.within_window, 0) as within_window
                          from (values ('INSTALLATION', 1), ('VISIT', 2), ('COMPLAINT', 3), ('RECALL', 4)) k (kind, pos)
                          left join fu on fu.kind = k.kind
                          union all
                          select '*', 5, coalesce(sum(due), 0), coalesce(sum(done), 0), coalesce(sum(within_window), 0) from fu) k
                    cross join lateral (values ('DUE', k.due), ('DONE', k.done), ('WITHIN_WINDOW', k.within_window),
                                               ('WITHIN_WINDOW_RATE', round(100.0 * k.within_window / nullif(k.due, 0), 2))) m (measure, value)
                    union all
                    select 'SATISFACTION', t.total_row, 0, t.dim, t.label, m.measure, m.value
                    from (select 0 as total_row, coalesce(p.code, '-') as dim, cast(p.name as varchar) as label, sv.answered, sv.satisfied
                          from sv left join service_provider p on p.id = sv.provider_id
                          union all
                          select 1, '*', null, coalesce(sum(answered), 0), coalesce(sum(satisfied), 0) from sv) t
                    cross join lateral (values ('ANSWERED', t.answered), ('SATISFIED', t.satisfied),
                                               ('RATE', round(100.0 * t.satisfied / nullif(t.answered, 0), 2))) m (measure, value)
                    union all
                    select 'CASES', t.total_row, 0, t.dim, null, m.measure, m.value
                    from (select 0 as total_row, dim, opened, closed, overdue from cs
                          union all
                          select 1, '*', coalesce(sum(opened), 0), coalesce(sum(closed), 0), coalesce(sum(overdue), 0) from cs) t
                    cross join lateral (values ('OPENED', t.opened), ('CLOSED', t.closed), ('OVERDUE', t.overdue)) m (measure, value)
                    union all
                    select 'QUALITY', t.total_row, 0, t.dim, t.label, m.measure, m.value
                    from (select 0 as total_row, coalesce(p.code, '-') as dim, cast(p.name as varchar) as label, qc.submitted,
                                 qc.affected_m2, qc.answered, qc.answer_late
                          from qc left join product p on p.id = qc.product_id
                          union all
                          select 1, '*', null, coalesce(sum(submitted), 0), coalesce(sum(affected_m2), 0), coalesce(sum(answered), 0),
                                 coalesce(sum(answer_late), 0)
                          from qc) t
                    cross join lateral (values ('SUBMITTED', t.submitted), ('AFFECTED_M2', t.affected_m2), ('ANSWERED', t.answered),
                                               ('ANSWER_LATE', t.answer_late)) m (measure, value)
                    union all
                    select 'BATCHES', 0, cast(row_number() over (partition by m.measure order by a.raised_at, a.id) as integer),
                           p.code || ' / ' || a.batch_no, cast(p.name as varchar), m.measure, m.value
                    from batch_alert a join product p on p.id = a.product_id
                    cross join lateral (values ('COMPLAINTS', cast(a.complaints as numeric)), ('RETURNS', a.returns),
                                               ('AFFECTED_M2', a.affected_m2), ('INSTALLED_M2', a.installed_m2),
                                               ('DEFECT_RATE', round(a.rate_percent, 2))) m (measure, value)
                    where a.raised_at >= @T0@ and a.raised_at < @T1@
                    union all
                    select 'INFORMATION', t.total_row, 0, t.dim, null, m.measure, m.value
                    from (select 0 as total_row, dim, filed, answered, missed from inf
                          union all
                          select 1, '*', coalesce(sum(filed), 0), coalesce(sum(answered), 0), coalesce(sum(missed), 0) from inf) t
                    cross join lateral (values ('FILED', t.filed), ('ANSWERED', t.answered), ('UNANSWERED_3_DAYS', t.missed)) m (measure, value)
                    union all
                    select 'SUBMISSIONS', 0, o.pos, 'ARCHIVE/' || o.outcome, null, m.measure, m.value
                    from (values ('ON_TIME', 1), ('LATE', 2), ('MISSING', 3)) o (outcome, pos)
                    cross join lateral (values ('PROVIDERS', (select count(*) from arch where arch.outcome = o.outcome)),
                                               ('DEDUCTION', null)) m (measure, value)
                    union all
                    select 'SUBMISSIONS', 0, o.pos, 'CASE_STUDY/' || o.outcome, to_char(@MONTH@, 'YYYY-MM'), m.measure, m.value
                    from (values ('COMPLIANT', 4), ('MISSING', 5), ('WORTHLESS', 6)) o (outcome, pos)
                    left join csc on csc.outcome = o.outcome
                    cross join lateral (values ('PROVIDERS', coalesce(csc.n, 0)), ('DEDUCTION', coalesce(csc.deduction, 0))) m (measure, value)
                    union all
                    select 'RANKING', 0, cast(t.rank as integer), t.code, cast(t.name as varchar), m.measure, m.value
                    from (select rk.*, row_number() over (order by answered > 0 desc, rate desc nulls last, breaches, answered desc,
                                                                   code) as rank
                          from rk) t
                    cross join lateral (values ('RANK', t.rank), ('ANSWERED', t.answered), ('RATE', t.rate),
                                               ('SLA_BREACHES', t.breaches), ('INSTALLED', t.installed)) m (measure, value))
                select section, cast(dense_rank() over (partition by section order by total_row, sort_key, dim) as integer) as position,
                       dim, label, measure, value
                from figure
                """.replace("@T0@", t0).replace("@T1@", t1).replace("@D0@", d0).replace("@D1@", d1).replace("@MONTH@", month);
    }

    /** Runs the script and returns its figures by {@link #key}, as {@link #figure}. */
    static Map<String, String> runScript(Connection connection, ReportWeek week) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(script(week))) {
            return figures(rows);
        }
    }

    /**
     * The script as it would replace the job: in one transaction the week's report record (created or counted as one
     * more run), its old figures deleted and the script's rows inserted as its figures.
     */
    static void storeScript(Connection connection, ReportWeek week) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            long report;
            try (ResultSet row = sql.executeQuery("""
                    insert into weekly_report (week_start, period_from, period_to, generated_at, generated_by)
                    values (date '@D0@', timestamptz '@T0@', timestamptz '@T1@', now(), 'script')
                    on conflict (week_start) do update
                        set generated_at = excluded.generated_at, generated_by = excluded.generated_by,
                            job_execution_id = null, runs = weekly_report.runs + 1
                    returning id""".replace("@D0@", week.monday().toString()).replace("@T0@", week.start().toString())
                    .replace("@T1@", week.end().toString()))) {
                row.next();
                report = row.getLong(1);
            }
            sql.executeUpdate("delete from weekly_report_figure where report_id = " + report);
            sql.executeUpdate("insert into weekly_report_figure (report_id, section, position, dimension, label, measure, value) "
                    + "select " + report + ", s.* from (" + script(week) + ") s");
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Deletes the week's stored figures, if any (so that each side computes the week's report from none). */
    static void clear(Connection connection, ReportWeek week) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("delete from weekly_report_figure where report_id in (select id from weekly_report where week_start = date '"
                    + week.monday() + "')");
        }
    }

    /** The week's stored figures (the job's or the script's, whichever stored last), by {@link #key}. */
    static Map<String, String> stored(Connection connection, ReportWeek week) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("""
                select f.section, f.position, f.dimension, f.label, f.measure, f.value
                from weekly_report_figure f join weekly_report r on r.id = f.report_id
                where r.week_start = date '""" + week.monday() + "'")) {
            return figures(rows);
        }
    }

    /** Rows of (section, position, dimension, label, measure, value). */
    private static Map<String, String> figures(ResultSet rows) throws SQLException {
        Map<String, String> figures = new LinkedHashMap<>();
        while (rows.next()) {
            String key = key(rows.getString(1), rows.getString(3), rows.getString(5));
            if (figures.containsKey(key)) {
                throw new IllegalStateException("two values for " + key);
            }
            figures.put(key, figure(rows.getBigDecimal(6), rows.getInt(2), rows.getString(4)));
        }
        return figures;
    }

    /** A figure's value (to the two decimals the figure table keeps), the row's position and its label. */
    static String figure(BigDecimal value, int position, String label) {
        return (value == null ? "null" : value.setScale(2, RoundingMode.HALF_UP).toPlainString()) + " (row " + position
                + (label == null ? "" : ", " + label) + ")";
    }

    static String key(String section, String dimension, String measure) {
        return section + " | " + dimension + " | " + measure;
    }

    /** The figures that differ (or are only on one side), as "key: job ≠ script". */
    static List<String> differences(Map<String, String> job, Map<String, String> script) {
        List<String> differences = new ArrayList<>();
        job.forEach((key, value) -> {
            if (!value.equals(script.get(key))) {
                differences.add(key + ": " + value + " ≠ " + script.getOrDefault(key, "(none)"));
            }
        });
        script.forEach((key, value) -> {
            if (!job.containsKey(key)) {
                differences.add(key + ": (none) ≠ " + value);
            }
        });
        return differences;
    }
}
