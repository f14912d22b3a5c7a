package com.aftersales.crm.dashboard.control;

import com.aftersales.crm.dashboard.entity.Breakdown;
import com.aftersales.crm.dashboard.entity.DrillKind;
import com.aftersales.crm.dashboard.entity.Period;
import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.shared.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The dashboard's SQL. Each view is one grouped statement over the monthly roll-ups ({@link Rollups}) of the filtered
 * months (never a statement per provider or per month, never rows into memory); each drill-down reads the base tables
 * with the same conditions the roll-ups were computed with, plus the figure's key, paged by the database. Rows come
 * back as {@code Object[]}; the boundary turns them into its records.
 */
@Dependent
public class DashboardQueries {

    /** The filter as the statements need it: instants for the period, a region code prefix, brand and line. */
    public record Scope(Period period, String regionPrefix, String brand, String productLine, Instant now) {

        Timestamp start() {
            return Timestamp.from(period.start());
        }

        Timestamp end() {
            return Timestamp.from(period.end());
        }

        String nowLiteral() {
            return literal(now);
        }

        boolean byProduct() {
            return brand != null || productLine != null;
        }

        String like() {
            return regionPrefix == null ? null : regionPrefix + "%";
        }
    }

    private static final int MAX_GROUPS = 500;

    /** The customer's city (a district folded into its city), the finest region the views know. */
    static final String CITY = "left(cu.region_code, 4) || '00'";

    /** The follow-ups whose coverage is measured (with their window ended): installation, visit and complaint calls. */
    static final String FOLLOW_UP_COUNTED = "f.kind in ('INSTALLATION', 'VISIT', 'COMPLAINT') and f.status <> 'CANCELLED'";

    static String literal(Instant instant) {
        return "timestamptz '" + instant + "'";          // Instant.toString(): digits, '-', ':', 'T', '.', 'Z' only
    }

    /** The filtered months of a roll-up table, aliased {@code x}. */
    private static Statement rollup(String table, Scope scope) {
        Statement s = new Statement().append("from " + table + " x");
        s.append("where x.month >= ? and x.month < ?", Date.valueOf(scope.period().from()), Date.valueOf(scope.period().to()));
        s.and("x.city_code like ?", scope.like());
        s.and("x.brand = ?", scope.brand());
        s.and("x.product_line = ?", scope.productLine());
        return s;
    }

    @PersistenceContext
    EntityManager em;

    // ---- satisfaction (survey answers) ---------------------------------------------------------------------------

    /** An installation's product is its first line's ({@code ip.brand}, {@code ip.product_line}). */
    static String productOfInstallation(String installationId) {
        return """
                left join lateral (select p.brand, p.product_line from installation_line l join product p on p.id = l.product_id
                                   where l.installation_id = %s order by l.line_no limit 1) ip on true""".formatted(installationId);
    }

    static String surveyKey(Breakdown by) {
        return switch (by) {
            case MONTH -> "to_char(r.answered_at at time zone 'Asia/Shanghai', 'YYYY-MM')";
            case PROVIDER -> "coalesce(cast(r.provider_id as text), '-')";
            case DEALER -> "coalesce(cast(r.dealer_id as text), '-')";
            case REGION -> CITY;
            case PRODUCT -> "coalesce(sc.brand, ip.brand, '-') || '|' || coalesce(sc.product_line, ip.product_line, '-')";
        };
    }

    static Statement surveys(Scope scope, boolean product, boolean customer) {
        Statement s = new Statement().append("from survey_response r");
        if (customer || scope.like() != null) {
            s.append("join customer cu on cu.id = r.customer_id");
        }
        if (product || scope.byProduct()) {
            s.append("left join service_case sc on sc.id = r.case_id");
            s.append(productOfInstallation("r.installation_id"));
        }
        s.append("where r.answered_at >= ? and r.answered_at < ?", scope.start(), scope.end());
        s.and("cu.region_code like ?", scope.like());
        s.and("coalesce(sc.brand, ip.brand) = ?", scope.brand());
        s.and("coalesce(sc.product_line, ip.product_line) = ?", scope.productLine());
        return s;
    }

    /** A group's key in the survey roll-up: the same text as {@link #surveyKey} gives for a survey. */
    private static String surveyRollupKey(Breakdown by) {
        return switch (by) {
            case MONTH -> "to_char(x.month, 'YYYY-MM')";
            case PROVIDER -> "coalesce(cast(x.provider_id as text), '-')";
            case DEALER -> "coalesce(cast(x.dealer_id as text), '-')";
            case REGION -> "x.city_code";
            case PRODUCT -> "coalesce(x.brand, '-') || '|' || coalesce(x.product_line, '-')";
        };
    }

    /** key, label, answered, satisfied per group. */
    public List<Object[]> satisfaction(Scope scope, Breakdown by) {
        String key = surveyRollupKey(by);
        String label = switch (by) {
            case PROVIDER -> "coalesce(sp.name, '-')";
            case DEALER -> "coalesce(d.name, '-')";
            case REGION -> "coalesce(rg.name, g.k)";
            case PRODUCT -> "replace(g.k, '|', ' / ')";
            case MONTH -> "g.k";
        };
        String join = switch (by) {
            case PROVIDER -> "left join service_provider sp on cast(sp.id as text) = g.k";
            case DEALER -> "left join dealer d on cast(d.id as text) = g.k";
            case REGION -> "left join region rg on rg.code = g.k";
            default -> "";
        };
        Statement s = new Statement()
                .append("select g.k, " + label + ", g.total, g.hits from (select " + key
                        + " as k, sum(x.answered) as total, sum(x.satisfied) as hits")
                .append(rollup("dashboard_survey_month", scope))
                .append("group by 1) g " + join)
                .append(by == Breakdown.MONTH ? "order by g.k" : "order by g.total desc, g.k")
                .append("limit " + MAX_GROUPS);
        return rows(s);
    }

    // ---- follow-up coverage --------------------------------------------------------------------------------------

    static Statement followUps(Scope scope, boolean product, boolean customer) {
        Statement s = new Statement().append("from follow_up f");
        if (customer || scope.like() != null) {
            s.append("join customer cu on cu.id = f.customer_id");
        }
        if (product || scope.byProduct()) {
            s.append("left join service_case sc on sc.id = f.case_id");
            s.append(productOfInstallation("f.installation_id"));
        }
        s.append("where f.due_at >= ? and f.due_at < ? and f.due_at <= " + scope.nowLiteral() + " and " + FOLLOW_UP_COUNTED,
                scope.start(), scope.end());
        s.and("cu.region_code like ?", scope.like());
        s.and("coalesce(sc.brand, ip.brand) = ?", scope.brand());
        s.and("coalesce(sc.product_line, ip.product_line) = ?", scope.productLine());
        return s;
    }

    private static final String FOLLOW_UP_OUTCOME = """
            case when f.status = 'DONE' and f.completed_at <= f.due_at then 'ON_TIME'
                 when f.status = 'DONE' then 'LATE' else 'NOT_REACHED' end""";

    /** kind, due, reached, reached within the window. */
    public List<Object[]> coverage(Scope scope) {
        return rows(new Statement().append("select x.kind, sum(x.due), sum(x.reached), sum(x.on_time)")
                .append(rollup("dashboard_follow_up_month", scope))
                .append("group by x.kind order by x.kind"));
    }

    // ---- service cases: SLA, complaints, responsibility ----------------------------------------------------------

    static Statement cases(Scope scope, boolean customer) {
        Statement s = new Statement().append("from service_case sc");
        if (customer || scope.like() != null) {
            s.append("join customer cu on cu.id = sc.customer_id");
        }
        s.append("where sc.opened_at >= ? and sc.opened_at < ?", scope.start(), scope.end());
        s.and("cu.region_code like ?", scope.like());
        s.and("sc.brand = ?", scope.brand());
        s.and("sc.product_line = ?", scope.productLine());
        return s;
    }

    /** The clocks decided by now (met, or due and not met) and those met, as SQL conditions per clock. */
    static String clockDecided(String clock, String now) {
        return switch (clock) {
            case "FIRST_REPLY" -> "(sc.first_reply_due is not null and (sc.first_replied_at is not null or sc.first_reply_due <= " + now + "))";
            case "ON_SITE_URBAN" -> "(not sc.suburban and sc.on_site_due is not null and (sc.on_site_at is not null or sc.on_site_due <= " + now + "))";
            case "ON_SITE_SUBURBAN" -> "(sc.suburban and sc.on_site_due is not null and (sc.on_site_at is not null or sc.on_site_due <= " + now + "))";
            default -> throw new IllegalArgumentException(clock);
        };
    }

    static String clockMet(String clock) {
        return clock.equals("FIRST_REPLY") ? "(sc.first_replied_at <= sc.first_reply_due)" : "(sc.on_site_at <= sc.on_site_due)";
    }

    public static final List<String> CLOCKS = List.of("FIRST_REPLY", "ON_SITE_URBAN", "ON_SITE_SUBURBAN");

    /** One row: decided and met for each clock of {@link #CLOCKS}, in order. */
    public Object[] sla(Scope scope) {
        return rows(new Statement().append("select sum(x.reply_decided), sum(x.reply_met), sum(x.urban_decided),"
                        + " sum(x.urban_met), sum(x.suburban_decided), sum(x.suburban_met)")
                .append(rollup("dashboard_case_month", scope))).get(0);
    }

    /**
     * party, late minutes, clocks late for that party: the clocks of the cases in scope, late time against the deadline
     * first promised, split by the party that owned it (as {@code servicecase.entity.LateSplit} computes it): beyond the
     * deadline moved by the pauses, the provider's; within it, the pausing parties' in proportion to their paused time.
     * Read live from {@code service_case} and {@code sla_pause} (the pauses of each clock's current cycle, not rejected).
     */
    public List<Object[]> lateByParty(Scope scope) {
        String now = scope.nowLiteral();
        return rows(new Statement()
                .append("with sc as (select sc.id, sc.reopen_count, sc.closed_at, sc.first_reply_due, sc.first_replied_at,"
                        + " sc.on_site_due, sc.on_site_at")
                .append(cases(scope, false))
                .append("""
                        ), clock as (
                            select sc.id as case_id, k.clock, k.due,
                                   least(coalesce(k.done_at, sc.closed_at, %1$s), %1$s) as end_at
                            from sc cross join lateral (values ('FIRST_REPLY', sc.first_reply_due, sc.first_replied_at),
                                                               ('ON_SITE', sc.on_site_due, sc.on_site_at)) k (clock, due, done_at)
                            where k.due is not null
                        ), paused as (
                            select p.case_id, p.clock, p.party, sum(p.shift_seconds)::numeric as s
                            from sla_pause p join sc on sc.id = p.case_id and p.cycle = sc.reopen_count
                            where p.rejected_at is null and p.shift_seconds > 0 and p.party <> 'PROVIDER'
                            group by 1, 2, 3
                        ), late as (
                            select c.case_id, c.clock, coalesce(t.s, 0) as paused_s,
                                   greatest(0, extract(epoch from (c.end_at - c.due)) + coalesce(t.s, 0)) as late_s,
                                   greatest(0, extract(epoch from (c.end_at - c.due))) as provider_s
                            from clock c
                            left join (select case_id, clock, sum(s) as s from paused group by 1, 2) t
                                   on t.case_id = c.case_id and t.clock = c.clock
                        )
                        select 'PROVIDER', round(sum(provider_s) / 60), count(*) filter (where provider_s > 0) from late
                        union all
                        select p.party, round(sum((l.late_s - l.provider_s) * p.s / l.paused_s) / 60),
                               count(*) filter (where l.late_s > l.provider_s)
                        from late l join paused p on p.case_id = l.case_id and p.clock = l.clock
                        where l.paused_s > 0
                        group by p.party""".formatted(now)));
    }

    /** month, complaints opened in it. */
    public List<Object[]> complaintsByMonth(Scope scope) {
        return rows(new Statement().append("select to_char(x.month, 'YYYY-MM'), sum(x.complaints)")
                .append(rollup("dashboard_case_month", scope)).append("group by 1"));
    }

    /** month, installations made in it. */
    public List<Object[]> installationsByMonth(Scope scope) {
        return rows(new Statement().append("select to_char(x.month, 'YYYY-MM'), sum(x.installations)")
                .append(rollup("dashboard_installation_month", scope)).append("group by 1"));
    }

    /** responsibility, cases judged so. */
    public List<Object[]> responsibility(Scope scope) {
        return rows(new Statement().append("select x.responsibility, sum(x.cases)")
                .append(rollup("dashboard_responsibility_month", scope)).append("group by 1 order by 2 desc, 1"));
    }

    // ---- information items ---------------------------------------------------------------------------------------

    private Statement information(Scope scope) {
        Statement s = new Statement().append("""
                from information_item i
                left join dealer d on d.id = i.dealer_id
                left join service_provider p on p.id = i.provider_id
                left join customer cu on cu.id = i.customer_id
                left join product pr on pr.id = i.product_id""");
        s.append("where i.filed_at >= ? and i.filed_at < ? and (i.answered_at is not null or i.answer_due <= "
                + scope.nowLiteral() + ")", scope.start(), scope.end());
        s.and("coalesce(d.region_code, p.region_code) like ?", scope.like());
        s.and("pr.brand = ?", scope.brand());
        s.and("pr.product_line = ?", scope.productLine());
        return s;
    }

    private static final String INFORMATION_OUTCOME = """
            case when i.answered_at <= i.answer_due then 'ON_TIME' when i.answered_at is not null then 'LATE'
                 else 'UNANSWERED' end""";

    /** category, items decided by now, answered within the window. */
    public List<Object[]> informationByCategory(Scope scope) {
        return rows(new Statement()
                .append("select i.category, count(*), count(*) filter (where i.answered_at <= i.answer_due)")
                .append(information(scope))
                .append("group by 1 order by 1"));
    }

    // ---- monthly service cases -----------------------------------------------------------------------------------

    private Statement compliance(Scope scope) {
        Statement s = new Statement().append("from case_study_compliance c join service_provider p on p.id = c.provider_id");
        s.append("where c.month >= ? and c.month < ?",
                Date.valueOf(scope.period().from()), Date.valueOf(scope.period().to()));
        s.and("p.region_code like ?", scope.like());
        return s;
    }

    /** month, providers closed, providers compliant. */
    public List<Object[]> caseStudies(Scope scope) {
        return rows(new Statement()
                .append("select to_char(c.month, 'YYYY-MM'), count(*), count(*) filter (where c.compliant)")
                .append(compliance(scope)).append("group by 1 order by 1"));
    }

    // ---- provider ranking ----------------------------------------------------------------------------------------

    /** rank, id, code, name, surveys, satisfied, clocks, clocks met, complaints. */
    public List<Object[]> ranking(Scope scope, int max) {
        Statement s = new Statement()
                .append("with s as (select x.provider_id, sum(x.answered) as surveys, sum(x.satisfied) as satisfied")
                .append(rollup("dashboard_survey_month", scope))
                .append("and x.provider_id is not null group by 1),")
                .append("k as (select x.provider_id, sum(x.reply_decided + x.urban_decided + x.suburban_decided) as clocks,"
                        + " sum(x.reply_met + x.urban_met + x.suburban_met) as met, sum(x.complaints) as complaints")
                .append(rollup("dashboard_case_month", scope))
                .append("and x.provider_id is not null group by 1)")
                .append("""
                        select rank() over (order by cast(s.satisfied as numeric) / nullif(s.surveys, 0) desc nulls last,
                                                     cast(k.met as numeric) / nullif(k.clocks, 0) desc nulls last,
                                                     coalesce(s.surveys, 0) desc) as place,
                               p.id, p.code, p.name, coalesce(s.surveys, 0), coalesce(s.satisfied, 0),
                               coalesce(k.clocks, 0), coalesce(k.met, 0), coalesce(k.complaints, 0)
                        from s full join k on k.provider_id = s.provider_id
                        join service_provider p on p.id = coalesce(s.provider_id, k.provider_id)
                        order by place, p.code""")
                .append("limit " + max);
        return rows(s);
    }

    // ---- drill-downs -----------------------------------------------------------------------------------------------

    /**
     * The records behind a figure: id, time, customer, organisation, detail, detail 2, outcome; newest first. With
     * {@code first < 0} it is the count instead (one row, one column).
     */
    public List<Object[]> drill(Scope scope, DrillKind kind, String key, int first, int max) {
        boolean count = first < 0;
        String[] parts = key.split(":", 2);
        String outcome = parts.length > 1 ? parts[1] : "ALL";
        Statement s = new Statement();
        String order;
        if (kind.surveys()) {
            s.append(count ? "select count(*)" : "select r.id, r.answered_at, cu.name, sp.name, cast(r.overall as text), r.comment,"
                    + " case when r.satisfied then 'SATISFIED' else 'UNSATISFIED' end");
            Statement from = surveys(scope, kind.breakdown() == Breakdown.PRODUCT, true);
            s.append(from.text().replaceFirst("\nwhere ", "\nleft join service_provider sp on sp.id = r.provider_id\nwhere "),
                    from.parameters().toArray());
            if (kind.breakdown() == Breakdown.MONTH) {
                // a range on answered_at rather than an expression over it: the index finds the month's rows
                s.append("and r.answered_at >= ? and r.answered_at < ?", monthStart(parts[0], 0), monthStart(parts[0], 1));
            } else {
                s.append("and " + surveyKey(kind.breakdown()) + " = ?", parts[0]);
            }
            if (!outcome.equals("ALL")) {
                s.append("and r.satisfied = ?", outcome.equals("SATISFIED"));
            }
            order = "order by r.answered_at desc, r.id desc";
        } else if (kind == DrillKind.FOLLOW_UP) {
            s.append(count ? "select count(*)" : "select f.id, f.due_at, cu.name, sp.name, f.kind, f.status, " + FOLLOW_UP_OUTCOME);
            Statement from = followUps(scope, false, true);
            s.append(from.text().replaceFirst("\nwhere ", "\nleft join service_provider sp on sp.id = f.provider_id\nwhere "),
                    from.parameters().toArray());
            s.append("and f.kind = ?", parts[0]);
            if (!outcome.equals("ALL")) {
                switch (outcome) {
                    case "REACHED" -> s.append("and f.status = 'DONE'");
                    case "NOT_REACHED" -> s.append("and f.status <> 'DONE'");          // follow_up_not_reached_idx
                    default -> s.append("and " + FOLLOW_UP_OUTCOME + " = ?", outcome);
                }
            }
            order = "order by f.due_at desc, f.id desc";
        } else if (kind == DrillKind.INFORMATION) {
            s.append(count ? "select count(*)" : "select i.id, i.filed_at, cu.name, coalesce(d.name, p.name), i.category,"
                    + " i.subject, " + INFORMATION_OUTCOME);
            s.append(information(scope));
            s.append("and i.category = ?", parts[0]);
            if (!outcome.equals("ALL")) {
                s.append("and " + INFORMATION_OUTCOME + " = ?", outcome);
            }
            order = "order by i.filed_at desc, i.id desc";
        } else if (kind == DrillKind.CASE_STUDIES) {
            s.append(count ? "select count(*)" : "select c.id, c.month, null, p.name, null, cast(c.deduction as text),"
                    + " case when c.compliant then 'COMPLIANT' else c.reason end");
            s.append(compliance(scope));
            s.append("and c.month = ?", Date.valueOf(YearMonth.parse(parts[0]).atDay(1)));
            if (!outcome.equals("ALL")) {
                s.append(outcome.equals("COMPLIANT") ? "and c.compliant" : "and not c.compliant");
            }
            order = "order by p.code, c.id";
        } else {
            String caseOutcome = "'" + kind.name() + "'";
            if (kind == DrillKind.SLA) {
                caseOutcome = "case when " + clockMet(parts[0]) + " then 'MET' else 'MISSED' end";
            }
            s.append(count ? "select count(*)" : "select sc.id, sc.opened_at, cu.name, sp.name, sc.case_type,"
                    + " coalesce(sc.responsibility, ''), " + caseOutcome);
            Statement from = cases(scope, true);
            s.append(from.text().replaceFirst("\nwhere ", "\nleft join service_provider sp on sp.id = sc.provider_id\nwhere "),
                    from.parameters().toArray());
            switch (kind) {
                case SLA -> {
                    s.append("and " + clockDecided(parts[0], scope.nowLiteral()));
                    if (!outcome.equals("ALL")) {
                        s.append(outcome.equals("MET") ? "and " + clockMet(parts[0])
                                : "and not coalesce(" + clockMet(parts[0]) + ", false)");
                    }
                }
                case COMPLAINTS -> s.append("and sc.case_type = 'COMPLAINT' and sc.opened_at >= ? and sc.opened_at < ?",
                        monthStart(parts[0], 0), monthStart(parts[0], 1));
                case RESPONSIBILITY -> s.append("and sc.responsibility = ?", parts[0]);
                default -> throw new IllegalArgumentException(kind.name());
            }
            order = "order by sc.opened_at desc, sc.id desc";
        }
        if (!count) {
            s.append(order).append("limit ? offset ?", max, first);
        }
        return rows(s);
    }

    /**
     * How many records are behind a figure: the figure itself, read from the roll-up it was shown from (counting the
     * base rows of a long period under a brand filter takes seconds); information items and case-study months, which
     * have no roll-up, are counted.
     */
    public long count(Scope scope, DrillKind kind, String key) {
        String[] parts = key.split(":", 2);
        String outcome = parts.length > 1 ? parts[1] : "ALL";
        Statement s = new Statement();
        if (kind.surveys()) {
            s.append("select sum(" + switch (outcome) {
                case "ALL" -> "x.answered";
                case "SATISFIED" -> "x.satisfied";
                case "UNSATISFIED" -> "x.answered - x.satisfied";
                default -> throw new IllegalArgumentException(outcome);
            } + ")").append(rollup("dashboard_survey_month", scope))
                    .append("and " + surveyRollupKey(kind.breakdown()) + " = ?", parts[0]);
        } else if (kind == DrillKind.FOLLOW_UP) {
            s.append("select sum(" + switch (outcome) {
                case "ALL" -> "x.due";
                case "REACHED" -> "x.reached";
                case "ON_TIME" -> "x.on_time";
                case "LATE" -> "x.reached - x.on_time";
                case "NOT_REACHED" -> "x.due - x.reached";
                default -> throw new IllegalArgumentException(outcome);
            } + ")").append(rollup("dashboard_follow_up_month", scope)).append("and x.kind = ?", parts[0]);
        } else if (kind == DrillKind.SLA) {
            String clock = switch (parts[0]) {
                case "FIRST_REPLY" -> "reply";
                case "ON_SITE_URBAN" -> "urban";
                case "ON_SITE_SUBURBAN" -> "suburban";
                default -> throw new IllegalArgumentException(parts[0]);
            };
            s.append("select sum(" + switch (outcome) {
                case "ALL" -> "x." + clock + "_decided";
                case "MET" -> "x." + clock + "_met";
                case "MISSED" -> "x." + clock + "_decided - x." + clock + "_met";
                default -> throw new IllegalArgumentException(outcome);
            } + ")").append(rollup("dashboard_case_month", scope));
        } else if (kind == DrillKind.COMPLAINTS) {
            s.append("select sum(x.complaints)").append(rollup("dashboard_case_month", scope))
                    .append("and x.month = ?", Date.valueOf(YearMonth.parse(parts[0]).atDay(1)));
        } else if (kind == DrillKind.RESPONSIBILITY) {
            s.append("select sum(x.cases)").append(rollup("dashboard_responsibility_month", scope))
                    .append("and x.responsibility = ?", parts[0]);
        } else {
            s = null;
        }
        Object count = s == null ? drill(scope, kind, key, -1, 0).get(0)[0] : rows(s).get(0)[0];
        return count == null ? 0 : ((Number) count).longValue();
    }

    /** The start of a month (yyyy-MM) in Beijing time, or of the month {@code plus} months later. */
    static Timestamp monthStart(String month, int plus) {
        return Timestamp.from(YearMonth.parse(month).plusMonths(plus).atDay(1).atStartOfDay(Period.BEIJING).toInstant());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Statement s) {
        List<?> result = SqlValues.bind(em.createNativeQuery(s.text()), s.parameters()).getResultList();
        return result.stream().map(row -> row instanceof Object[] array ? array : new Object[]{row}).toList();
    }

    /** The brands and product lines, for the filter: brand, line. */
    public List<String[]> productLines() {
        return Row.map(em.createNativeQuery(
                "select distinct brand, product_line from product order by brand, product_line").getResultList(),
                row -> new String[]{row.text(0), row.text(1)});
    }

    /** The provinces and cities, for the filter: code, name, kind. */
    public List<String[]> regions() {
        return Row.map(em.createNativeQuery("""
                select r.code, case when r.kind = 'CITY' then coalesce(p.name, '') || ' ' || r.name else r.name end, r.kind
                from region r left join region p on p.code = r.parent_code
                where r.kind in ('PROVINCE', 'CITY') order by r.code""").getResultList(),
                row -> new String[]{row.text(0), row.text(1), row.text(2)});
    }
}
