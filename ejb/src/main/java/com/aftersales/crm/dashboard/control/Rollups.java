package com.aftersales.crm.dashboard.control;

import com.aftersales.crm.dashboard.entity.Period;
import com.aftersales.crm.dashboard.entity.RollupSource;
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
 * base rows of that month, the same joins and conditions the drill-downs use, so that a figure and the records behind
 * it agree. Which months are stale is what the source tables' triggers logged in {@code dashboard_stale_month}.
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
        Timestamp start = Timestamp.from(month.atDay(1).atStartOfDay(Period.BEIJING).toInstant());
        Timestamp end = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(Period.BEIJING).toInstant());
        switch (source) {
            case SURVEY -> {
                delete("dashboard_survey_month", first);
                em.createNativeQuery("""
                        insert into dashboard_survey_month (month, provider_id, dealer_id, city_code, brand, product_line,
                                                            answered, satisfied)
                        select ?, r.provider_id, r.dealer_id, %s, coalesce(sc.brand, ip.brand),
                               coalesce(sc.product_line, ip.product_line), count(*), count(*) filter (where r.satisfied)
                        from survey_response r
                        left join customer cu on cu.id = r.customer_id
                        left join service_case sc on sc.id = r.case_id
                        %s
                        where r.answered_at >= ? and r.answered_at < ?
                        group by 2, 3, 4, 5, 6""".formatted(DashboardQueries.CITY, DashboardQueries.productOfInstallation("r.installation_id")))
                        .setParameter(1, first).setParameter(2, start).setParameter(3, end).executeUpdate();
            }
            case FOLLOW_UP -> {
                delete("dashboard_follow_up_month", first);
                em.createNativeQuery("""
                        insert into dashboard_follow_up_month (month, kind, city_code, brand, product_line, due, reached, on_time)
                        select ?, f.kind, %s, coalesce(sc.brand, ip.brand), coalesce(sc.product_line, ip.product_line),
                               count(*), count(*) filter (where f.status = 'DONE'),
                               count(*) filter (where f.status = 'DONE' and f.completed_at <= f.due_at)
                        from follow_up f
                        left join customer cu on cu.id = f.customer_id
                        left join service_case sc on sc.id = f.case_id
                        %s
                        where f.due_at >= ? and f.due_at < ? and f.due_at <= ? and %s
                        group by 2, 3, 4, 5""".formatted(DashboardQueries.CITY,
                                DashboardQueries.productOfInstallation("f.installation_id"), DashboardQueries.FOLLOW_UP_COUNTED))
                        .setParameter(1, first).setParameter(2, start).setParameter(3, end)
                        .setParameter(4, Timestamp.from(now)).executeUpdate();
            }
            case CASE -> {
                delete("dashboard_case_month", first);
                delete("dashboard_responsibility_month", first);
                String nowLiteral = DashboardQueries.literal(now);
                StringBuilder clocks = new StringBuilder();
                for (String clock : DashboardQueries.CLOCKS) {
                    String decided = DashboardQueries.clockDecided(clock, nowLiteral);
                    clocks.append(", count(*) filter (where ").append(decided).append("), count(*) filter (where ")
                            .append(decided).append(" and ").append(DashboardQueries.clockMet(clock)).append(")");
                }
                em.createNativeQuery("""
                        insert into dashboard_case_month (month, provider_id, city_code, brand, product_line, complaints,
                                                          reply_decided, reply_met, urban_decided, urban_met,
                                                          suburban_decided, suburban_met)
                        select ?, sc.provider_id, %s, sc.brand, sc.product_line,
                               count(*) filter (where sc.case_type = 'COMPLAINT')%s
                        from service_case sc
                        left join customer cu on cu.id = sc.customer_id
                        where sc.opened_at >= ? and sc.opened_at < ?
                        group by 2, 3, 4, 5""".formatted(DashboardQueries.CITY, clocks))
                        .setParameter(1, first).setParameter(2, start).setParameter(3, end).executeUpdate();
                em.createNativeQuery("""
                        insert into dashboard_responsibility_month (month, responsibility, city_code, brand, product_line, cases)
                        select ?, sc.responsibility, %s, sc.brand, sc.product_line, count(*)
                        from service_case sc
                        left join customer cu on cu.id = sc.customer_id
                        where sc.opened_at >= ? and sc.opened_at < ? and sc.responsibility is not null
                        group by 2, 3, 4, 5""".formatted(DashboardQueries.CITY))
                        .setParameter(1, first).setParameter(2, start).setParameter(3, end).executeUpdate();
            }
            case INSTALLATION -> {
                delete("dashboard_installation_month", first);
                em.createNativeQuery("""
                        insert into dashboard_installation_month (month, city_code, brand, product_line, installations)
                        select ?, %s, ip.brand, ip.product_line, count(*)
                        from installation_archive i
                        left join customer cu on cu.id = i.customer_id
                        %s
                        where i.installed_on >= ? and i.installed_on < ?
                        group by 2, 3, 4""".formatted(DashboardQueries.CITY, DashboardQueries.productOfInstallation("i.id")))
                        .setParameter(1, first).setParameter(2, first).setParameter(3, Date.valueOf(month.plusMonths(1).atDay(1)))
                        .executeUpdate();
            }
        }
    }

    private void delete(String table, Date month) {
        em.createNativeQuery("delete from " + table + " where month = ?").setParameter(1, month).executeUpdate();
    }

    /** The moment the last complete refresh counted "now" at, if there was one. */
    public Optional<Instant> asOf() {
        List<?> rows = em.createNativeQuery("select as_of from dashboard_refresh").getResultList();
        return rows.stream().findFirst().map(value -> com.aftersales.crm.shared.SqlValues.instant(value));
    }

    public void refreshed(Instant asOf) {
        em.createNativeQuery("""
                insert into dashboard_refresh (id, as_of) values (1, ?)
                on conflict (id) do update set as_of = greatest(dashboard_refresh.as_of, excluded.as_of)""").setParameter(1, Timestamp.from(asOf)).executeUpdate();
    }
}
