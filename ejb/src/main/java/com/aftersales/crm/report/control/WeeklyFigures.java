package com.aftersales.crm.report.control;

import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.report.entity.ReportSection;
import com.aftersales.crm.report.entity.ReportWeek;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Computes a week's figures into weekly_report_figure: one INSERT … SELECT for the whole report, the database doing all
 * the counting (nothing is read into Java, no statement per provider or per section). Each section's query ends in a
 * relation {@code r} with the columns dim, label, total_row, sort_key and one column per measure (the measure's name in
 * lower case, RANK taken from sort_key); the common tail unpivots it into one row per figure. What several sections
 * count (the week's installations, surveys and SLA breaches) is counted once, in {@link #SHARED}.
 *
 * <p>Definitions (the week is [t0, t1) in Beijing time; dates [d0, d1)):
 * <ul>
 * <li>INSTALLATIONS: installations installed in the week per provider; on time / late by the submission that brought
 * the archive in (archive_submission.late), not received when no submission has.</li>
 * <li>FOLLOW_UPS: follow-ups whose window ends in the week, per kind; done = reached with a survey; within window =
 * done by the deadline.</li>
 * <li>SATISFACTION: surveys answered in the week per provider; rate = satisfied / answered (%).</li>
 * <li>CASES: per case type and (current) responsibility: opened in the week, closed in the week, and overdue = cases
 * with a deadline (first reply or on site) due in the week and missed (sla_breach).</li>
 * <li>QUALITY: quality complaints submitted in the week per product: affected m², answered, answered after the
 * deadline or still unanswered past it at generation.</li>
 * <li>BATCHES: the batch alerts (batch_alert) raised in the week, one row per product and batch, with the figures
 * the alert recorded for its period.</li>
 * <li>INFORMATION: market information per direction and category: filed in the week, of those answered, and items
 * whose 3-day deadline fell in the week and was missed (answered later or not at all).</li>
 * <li>SUBMISSIONS: providers by the week's archive outcome (archive_submission_week, or, before it is recorded, the
 * submissions themselves: on time, late, missing) and by the service-case compliance of the last closed month.</li>
 * <li>RANKING: {@link ReportSection#RANKING_RULE}.</li>
 * </ul>
 */
@Dependent
public class WeeklyFigures {

    static final Map<ReportSection, String> QUERIES = new EnumMap<>(ReportSection.class);

    static {
        QUERIES.put(ReportSection.INSTALLATIONS, """
                with r as (
                    select coalesce(p.code, '-') as dim, cast(p.name as varchar) as label, 0 as total_row, 0 as sort_key,
                           g.installed, g.on_time, g.late, g.not_received
                    from week_installations g left join service_provider p on p.id = g.provider_id
                    union all
                    select '*', null, 1, 0, coalesce(sum(installed), 0), coalesce(sum(on_time), 0), coalesce(sum(late), 0),
                           coalesce(sum(not_received), 0)
                    from week_installations)
                """);
        QUERIES.put(ReportSection.FOLLOW_UPS, """
                with g as (
                    select f.kind, count(*) as due, count(*) filter (where f.status = 'DONE') as done,
                           count(*) filter (where f.status = 'DONE' and f.completed_at <= f.due_at) as within_window
                    from follow_up f
                    where f.due_at >= :t0 and f.due_at < :t1
                    group by f.kind),
                t as (
                    select k.kind as dim, k.pos, coalesce(g.due, 0) as due, coalesce(g.done, 0) as done,
                           coalesce(g.within_window, 0) as within_window
                    from (values ('INSTALLATION', 1), ('VISIT', 2), ('COMPLAINT', 3), ('RECALL', 4)) as k (kind, pos)
                    left join g on g.kind = k.kind
                    union all
                    select '*', 5, coalesce(sum(due), 0), coalesce(sum(done), 0), coalesce(sum(within_window), 0) from g),
                r as (
                    select dim, cast(null as varchar) as label, case when dim = '*' then 1 else 0 end as total_row,
                           pos as sort_key, due, done, within_window,
                           round(100.0 * within_window / nullif(due, 0), 2) as within_window_rate
                    from t)
                """);
        QUERIES.put(ReportSection.SATISFACTION, """
                with t as (
                    select coalesce(p.code, '-') as dim, cast(p.name as varchar) as label, 0 as total_row, g.answered, g.satisfied
                    from week_surveys g left join service_provider p on p.id = g.provider_id
                    union all
                    select '*', null, 1, coalesce(sum(answered), 0), coalesce(sum(satisfied), 0) from week_surveys),
                r as (
                    select dim, label, total_row, 0 as sort_key, answered, satisfied,
                           round(100.0 * satisfied / nullif(answered, 0), 2) as rate
                    from t)
                """);
        QUERIES.put(ReportSection.CASES, """
                with e as (
                    select c.case_type, c.responsibility, 1 as opened, 0 as closed, 0 as overdue
                    from service_case c where c.opened_at >= :t0 and c.opened_at < :t1
                    union all
                    select c.case_type, c.responsibility, 0, 1, 0
                    from service_case c where c.closed_at >= :t0 and c.closed_at < :t1
                    union all
                    select c.case_type, c.responsibility, 0, 0, 1
                    from (select distinct b.case_id from week_breaches b) b
                    join service_case c on c.id = b.case_id),
                g as (
                    select e.case_type || '/' || coalesce(e.responsibility, 'NONE') as dim,
                           sum(opened) as opened, sum(closed) as closed, sum(overdue) as overdue
                    from e group by 1),
                r as (
                    select dim, cast(null as varchar) as label, 0 as total_row, 0 as sort_key, opened, closed, overdue from g
                    union all
                    select '*', null, 1, 0, coalesce(sum(opened), 0), coalesce(sum(closed), 0), coalesce(sum(overdue), 0) from g)
                """);
        QUERIES.put(ReportSection.QUALITY, """
                with g as (
                    select q.product_id, count(*) as submitted, coalesce(sum(q.affected_m2), 0) as affected_m2,
                           count(*) filter (where q.answered_at is not null) as answered,
                           count(*) filter (where coalesce(q.answered_at, :now) > q.answer_due) as answer_late
                    from quality_complaint q
                    where q.submitted_at >= :t0 and q.submitted_at < :t1
                    group by q.product_id),
                r as (
                    select coalesce(p.code, '-') as dim, cast(p.name as varchar) as label, 0 as total_row, 0 as sort_key,
                           g.submitted, g.affected_m2, g.answered, g.answer_late
                    from g left join product p on p.id = g.product_id
                    union all
                    select '*', null, 1, 0, coalesce(sum(submitted), 0), coalesce(sum(affected_m2), 0),
                           coalesce(sum(answered), 0), coalesce(sum(answer_late), 0)
                    from g)
                """);
        QUERIES.put(ReportSection.BATCHES, """
                with r as (
                    select p.code || ' / ' || a.batch_no as dim, cast(p.name as varchar) as label, 0 as total_row,
                           cast(row_number() over (order by a.raised_at, a.id) as integer) as sort_key,
                           a.complaints, a.returns, a.affected_m2, a.installed_m2, round(a.rate_percent, 2) as defect_rate
                    from batch_alert a join product p on p.id = a.product_id
                    where a.raised_at >= :t0 and a.raised_at < :t1)
                """);
        QUERIES.put(ReportSection.INFORMATION, """
                with e as (
                    select i.direction, i.category, 1 as filed, case when i.answered_at is not null then 1 else 0 end as answered,
                           0 as missed
                    from information_item i where i.filed_at >= :t0 and i.filed_at < :t1
                    union all
                    select i.direction, i.category, 0, 0, 1
                    from information_item i
                    where i.answer_due >= :t0 and i.answer_due < :t1
                      and (i.answered_at is null or i.answered_at > i.answer_due)),
                g as (
                    select e.direction || '/' || e.category as dim, sum(filed) as filed, sum(answered) as answered,
                           sum(missed) as unanswered_3_days
                    from e group by 1),
                r as (
                    select dim, cast(null as varchar) as label, 0 as total_row, 0 as sort_key, filed, answered, unanswered_3_days
                    from g
                    union all
                    select '*', null, 1, 0, coalesce(sum(filed), 0), coalesce(sum(answered), 0),
                           coalesce(sum(unanswered_3_days), 0)
                    from g)
                """);
        QUERIES.put(ReportSection.SUBMISSIONS, """
                with p as (
                    select sp.id from service_provider sp
                    where (sp.status = 'ACTIVE' and sp.agreement_signed_on is not null and sp.agreement_signed_on < :d1
                           and archive_week_owed(:d0, sp.created_at))
                       or exists (select 1 from archive_submission_week x where x.provider_id = sp.id and x.week_start = :d0)),
                s as (
                    select provider_id, bool_or(not late) as on_time
                    from archive_submission where week_start = :d0 and status <> 'FAILED'
                    group by provider_id),
                a as (
                    select coalesce(x.outcome, case when s.on_time then 'ON_TIME' when s.provider_id is not null then 'LATE'
                                                    else 'MISSING' end) as outcome
                    from p
                    left join archive_submission_week x on x.provider_id = p.id and x.week_start = :d0
                    left join s on s.provider_id = p.id),
                c as (
                    select case when compliant then 'COMPLIANT' else reason end as outcome, count(*) as n,
                           sum(deduction) as deduction
                    from case_study_compliance where month = :month
                    group by 1),
                r as (
                    select 'ARCHIVE/' || o.outcome as dim, cast(null as varchar) as label, 0 as total_row, o.pos as sort_key,
                           (select count(*) from a where a.outcome = o.outcome) as providers, cast(null as numeric) as deduction
                    from (values ('ON_TIME', 1), ('LATE', 2), ('MISSING', 3)) as o (outcome, pos)
                    union all
                    select 'CASE_STUDY/' || o.outcome, to_char(:month, 'YYYY-MM'), 0, o.pos, coalesce(c.n, 0),
                           coalesce(c.deduction, 0)
                    from (values ('COMPLIANT', 4), ('MISSING', 5), ('WORTHLESS', 6)) as o (outcome, pos)
                    left join c on c.outcome = o.outcome)
                """);
        QUERIES.put(ReportSection.RANKING, """
                with br as (
                    select provider_id, count(*) as breaches from week_breaches where provider_id is not null
                    group by provider_id),
                x as (
                    select p.code, p.name, coalesce(sv.answered, 0) as answered,
                           round(100.0 * sv.satisfied / nullif(sv.answered, 0), 2) as rate,
                           coalesce(br.breaches, 0) as sla_breaches, coalesce(ins.installed, 0) as installed
                    from service_provider p
                    left join week_surveys sv on sv.provider_id = p.id
                    left join br on br.provider_id = p.id
                    left join week_installations ins on ins.provider_id = p.id
                    where p.status = 'ACTIVE' or sv.provider_id is not null or br.provider_id is not null),
                r as (
                    select code as dim, cast(name as varchar) as label, 0 as total_row,
                           row_number() over (order by answered > 0 desc, rate desc nulls last, sla_breaches, answered desc,
                                                       code) as sort_key,
                           answered, rate, sla_breaches, installed
                    from x)
                """);
    }

    /**
     * What several sections count, computed once for the statement: the week's installations and answered surveys per
     * provider (INSTALLATIONS and SATISFACTION, and RANKING for the providers among them) and the SLA breaches due in
     * the week (CASES and RANKING).
     */
    static final String SHARED = """
            with week_installations as (
                select i.provider_id, count(*) as installed,
                       count(*) filter (where s.id is not null and not s.late) as on_time,
                       count(*) filter (where s.late) as late,
                       count(*) filter (where s.id is null) as not_received
                from installation_archive i
                left join archive_submission s on s.id = i.submission_id
                where i.installed_on >= :d0 and i.installed_on < :d1
                group by i.provider_id),
            week_surveys as (
                select s.provider_id, count(*) as answered, count(*) filter (where s.satisfied) as satisfied
                from survey_response s
                where s.answered_at >= :t0 and s.answered_at < :t1
                group by s.provider_id),
            week_breaches as materialized (
                select b.case_id, b.provider_id from sla_breach b where b.due_at >= :t0 and b.due_at < :t1)""";

    /** Every section's figures in one statement, returning the number written per section. */
    static final String STATEMENT = statement();

    @PersistenceContext
    EntityManager em;

    /** Writes every section's figures for the report; returns the figures written per section. */
    public Map<ReportSection, Integer> compute(long reportId, ReportWeek week, Instant now) {
        NamedSql statement = NamedSql.of(STATEMENT, parameters(reportId, week, now));
        Query query = em.createNativeQuery(statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            query.setParameter(i + 1, statement.parameters().get(i));
        }
        Map<String, Integer> counts = Row.map(query.getResultList(), r -> r).stream()
                .collect(Collectors.toMap(r -> r.text(0), r -> r.intValue(1)));
        Map<ReportSection, Integer> written = new LinkedHashMap<>();
        for (ReportSection section : ReportSection.values()) {
            written.put(section, counts.getOrDefault(section.name(), 0));
        }
        return written;
    }

    /** The parameters every section's statement may use. */
    public static Map<String, NamedSql.Typed> parameters(long reportId, ReportWeek week, Instant now) {
        return Map.of(
                "report", new NamedSql.Typed(reportId, "bigint"),
                "t0", new NamedSql.Typed(Timestamp.from(week.start()), "timestamptz"),
                "t1", new NamedSql.Typed(Timestamp.from(week.end()), "timestamptz"),
                "d0", new NamedSql.Typed(Date.valueOf(week.monday()), "date"),
                "d1", new NamedSql.Typed(Date.valueOf(week.monday().plusWeeks(1)), "date"),
                "month", new NamedSql.Typed(Date.valueOf(week.caseStudyMonth().atDay(1)), "date"),
                "now", new NamedSql.Typed(Timestamp.from(now), "timestamptz"));
    }

    /**
     * One INSERT … SELECT for the whole report: the shared aggregates, then each section's query as a CTE ending in
     * the common tail (one figure row per dimension and measure), all inserted at once. One statement rather than one
     * per section: one plan, one round trip, and what several sections count is counted once.
     */
    private static String statement() {
        StringBuilder sql = new StringBuilder(SHARED);
        for (ReportSection section : ReportSection.values()) {
            sql.append(",\n").append(cte(section)).append(" as (\n").append(figures(section)).append(")");
        }
        sql.append(",\nwritten as (\n    insert into weekly_report_figure (report_id, section, position, dimension, label, "
                + "measure, value)\n");
        sql.append(Arrays.stream(ReportSection.values())
                .map(section -> "    select :report, section, position, dim, label, measure, value from " + cte(section))
                .collect(Collectors.joining("\n    union all\n")));
        sql.append("\n    returning section)\nselect section, count(*) from written group by section");
        return sql.toString();
    }

    private static String cte(ReportSection section) {
        return "section_" + section.name().toLowerCase();
    }

    /** The section's query with the common tail: one figure row per dimension and measure. */
    static String figures(ReportSection section) {
        String measures = section.measures().stream()
                .map(m -> "('" + m + "', cast(" + (m.equals("RANK") ? "r.sort_key" : "r." + m.toLowerCase()) + " as numeric))")
                .collect(Collectors.joining(", "));
        return QUERIES.get(section)
                + "select '" + section.name() + "' as section, "
                + "cast(dense_rank() over (order by r.total_row, r.sort_key, r.dim) as integer) as position, r.dim, r.label, "
                + "m.measure, m.value\n"
                + "from r cross join lateral (values " + measures + ") as m (measure, value)";
    }
}
