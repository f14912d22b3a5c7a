package com.aftersales.crm.dashboard.control;

import com.aftersales.crm.dashboard.control.DashboardQueries.Scope;
import com.aftersales.crm.dashboard.entity.Period;
import com.aftersales.crm.dashboard.entity.RollupSource;
import com.aftersales.crm.shared.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard's monthly roll-ups (月汇总): each month of a source recomputed as one grouped INSERT … SELECT over the
 * base rows of that month, selected by the very builders the drill-downs use ({@link DashboardQueries}), so that a
 * figure and the records behind it agree. Which months are stale is what the source tables' triggers logged in {@code dashboard_stale_month}.
 */
@Dependent
public class Rollups {

    /** Serialises two refreshes of the same month (two servers, a timer and a test): the later one redoes it. */
    private static final int LOCK_SPACE = 0x0da5_0b0d;

    @PersistenceContext
    EntityManager em;

    /** The months the triggers logged as changed, once each. */
    @SuppressWarnings("unchecked")
    public List<Object[]> staleMonths() {
        return em.createNativeQuery("select distinct source, month from dashboard_stale_month order by month, source")
                .getResultList();
    }

    /**
     * The months whose figures time alone changed between two refreshes: a follow-up window that ended, or an SLA clock
     * not met whose deadline passed, in (since, until]. A clock met, a call made, changed a row and was logged already.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> monthsMovedByTime(Instant since, Instant until) {
        return em.createNativeQuery("""
                select distinct 'FOLLOW_UP', dashboard_month(due_at) from follow_up where due_at > ? and due_at <= ?
                union
                select distinct 'CASE', dashboard_month(opened_at) from service_case
                where first_replied_at is null and first_reply_due > ? and first_reply_due <= ?
                union
                select distinct 'CASE', dashboard_month(opened_at) from service_case
                where on_site_at is null and on_site_due > ? and on_site_due <= ?""")
                .setParameter(1, Timestamp.from(since)).setParameter(2, Timestamp.from(until))
                .setParameter(3, Timestamp.from(since)).setParameter(4, Timestamp.from(until))
                .setParameter(5, Timestamp.from(since)).setParameter(6, Timestamp.from(until))
                .getResultList();
    }

    /** Logs every month of every source as stale, from its first row to its last: the nightly rebuild. */
    public void markAllStale() {
        em.createNativeQuery("select dashboard_mark_all_stale()").getSingleResult();
    }

    /**
     * Recomputes one month of one source as the data stands now, counting the windows and clocks ended by {@code now};
     * the month's stale marks go in the same transaction (a mark logged by a writer still running stays for the next
     * refresh, since this transaction cannot see it).
     */
    public void recompute(RollupSource source, YearMonth month, Instant now) {
        em.createNativeQuery("select pg_advisory_xact_lock(?, ?)")
                .setParameter(1, LOCK_SPACE).setParameter(2, source.ordinal() * 100_000 + month.getYear() * 12 + month.getMonthValue())
                .getSingleResult();
        Date first = Date.valueOf(month.atDay(1));
        em.createNativeQuery("delete from dashboard_stale_month where source = ? and month = ?")
                .setParameter(1, source.name()).setParameter(2, first).executeUpdate();
        // the month's base rows as the drill-downs select them: the same builders, no region or product filter
        Scope scope = new Scope(Period.of(month, month), null, null, null, now);
        switch (source) {
            case SURVEY -> {
                delete("dashboard_survey_month", first);
                execute(new Statement().append("""
                                insert into dashboard_survey_month (month, provider_id, dealer_id, city_code, brand,
                                                                    product_line, answered, satisfied)
                                select ?, r.provider_id, r.dealer_id, %s, coalesce(sc.brand, ip.brand),
                                       coalesce(sc.product_line, ip.product_line), count(*), count(*) filter (where r.satisfied)"""
                                .formatted(DashboardQueries.CITY), first)
                        .append(DashboardQueries.surveys(scope, true, true)).append("group by 2, 3, 4, 5, 6"));
            }
            case FOLLOW_UP -> {
                delete("dashboard_follow_up_month", first);
                execute(new Statement().append("""
                                insert into dashboard_follow_up_month (month, kind, city_code, brand, product_line, due,
                                                                       reached, on_time)
                                select ?, f.kind, %s, coalesce(sc.brand, ip.brand), coalesce(sc.product_line, ip.product_line),
                                       count(*), count(*) filter (where f.status = 'DONE'),
                                       count(*) filter (where f.status = 'DONE' and f.completed_at <= f.due_at)"""
                                .formatted(DashboardQueries.CITY), first)
                        .append(DashboardQueries.followUps(scope, true, true)).append("group by 2, 3, 4, 5"));
            }
            case CASE -> {
                delete("dashboard_case_month", first);
                delete("dashboard_responsibility_month", first);
                StringBuilder clocks = new StringBuilder();
                for (String clock : DashboardQueries.CLOCKS) {
                    String decided = DashboardQueries.clockDecided(clock, scope.nowLiteral());
                    clocks.append(", count(*) filter (where ").append(decided).append("), count(*) filter (where ")
                            .append(decided).append(" and ").append(DashboardQueries.clockMet(clock)).append(")");
                }
                execute(new Statement().append("""
                                insert into dashboard_case_month (month, provider_id, city_code, brand, product_line,
                                                                  complaints, reply_decided, reply_met, urban_decided,
                                                                  urban_met, suburban_decided, suburban_met)
                                select ?, sc.provider_id, %s, sc.brand, sc.product_line,
                                       count(*) filter (where sc.case_type = 'COMPLAINT')%s"""
                                .formatted(DashboardQueries.CITY, clocks), first)
                        .append(DashboardQueries.cases(scope, true)).append("group by 2, 3, 4, 5"));
                execute(new Statement().append("""
                                insert into dashboard_responsibility_month (month, responsibility, city_code, brand,
                                                                            product_line, cases)
                                select ?, sc.responsibility, %s, sc.brand, sc.product_line, count(*)"""
                                .formatted(DashboardQueries.CITY), first)
                        .append(DashboardQueries.cases(scope, true))
                        .append("and sc.responsibility is not null group by 2, 3, 4, 5"));
            }
            case INSTALLATION -> {
                delete("dashboard_installation_month", first);
                execute(new Statement().append("""
                                insert into dashboard_installation_month (month, city_code, brand, product_line, installations)
                                select ?, %s, ip.brand, ip.product_line, count(*)
                                from installation_archive i
                                left join customer cu on cu.id = i.customer_id
                                %s
                                where i.installed_on >= ? and i.installed_on < ?
                                group by 2, 3, 4""".formatted(DashboardQueries.CITY, DashboardQueries.productOfInstallation("i.id")),
                        first, first, Date.valueOf(month.plusMonths(1).atDay(1))));
            }
        }
    }

    private void execute(Statement statement) {
        SqlValues.bind(em.createNativeQuery(statement.text()), statement.parameters()).executeUpdate();
    }

    private void delete(String table, Date month) {
        em.createNativeQuery("delete from " + table + " where month = ?").setParameter(1, month).executeUpdate();
    }

    /** The moment the last complete refresh counted "now" at, if there was one. */
    public Optional<Instant> asOf() {
        List<?> rows = em.createNativeQuery("select as_of from dashboard_refresh").getResultList();
        return rows.stream().findFirst().map(SqlValues::instant);
    }

    public void refreshed(Instant asOf) {
        em.createNativeQuery("""
                insert into dashboard_refresh (id, as_of) values (1, ?)
                on conflict (id) do update set as_of = greatest(dashboard_refresh.as_of, excluded.as_of)""").setParameter(1, Timestamp.from(asOf)).executeUpdate();
    }
}
