package com.aftersales.crm.followup.boundary;

import com.aftersales.crm.followup.control.RetrySchedule;
import com.aftersales.crm.followup.entity.FollowUpKind;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The supervisors' view of the follow-up work: queue health, each agent's calls, and coverage within the windows. */
@Stateless
@Secured({Role.SUPERVISOR, Role.ADMIN, Role.MANAGER})
public class FollowUpReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public QueueHealth queueHealth() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(RetrySchedule.BUSINESS_ZONE));
        Timestamp endOfToday = Timestamp.from(today.plusDays(1).atStartOfDay(RetrySchedule.BUSINESS_ZONE).toInstant());
        Timestamp at = Timestamp.from(now);
        Object[] queue = (Object[]) em.createNativeQuery("""
                        select count(*),
                               count(*) filter (where due_at >= ? and due_at < ?),
                               count(*) filter (where due_at < ?),
                               count(*) filter (where ready_at > ?),
                               count(*) filter (where claim_expires_at > ?)
                        from follow_up where status = 'OPEN'""")
                .setParameter(1, at).setParameter(2, endOfToday).setParameter(3, at).setParameter(4, at)
                .setParameter(5, at).getSingleResult();
        long unreachable = ((Number) em.createNativeQuery("""
                        select count(*) from follow_up where status = 'UNREACHABLE' and completed_at >= ?""")
                .setParameter(1, Timestamp.from(now.minus(Duration.ofDays(30)))).getSingleResult()).longValue();
        Object[] items = (Object[]) em.createNativeQuery("""
                        select count(*), count(*) filter (where r.late_recorded_at is not null)
                        from unsatisfied_item i join unsatisfied_item_round r on r.item_id = i.id and r.round = i.round
                        where i.status <> 'RESOLVED'""").getSingleResult();
        return new QueueHealth(n(queue[0]), n(queue[1]), n(queue[2]), n(queue[3]), n(queue[4]), unreachable, n(items[0]),
                n(items[1]));
    }

    /** Each agent's calls from {@code from} (inclusive) to {@code to} (exclusive), Beijing dates, busiest first. */
    public List<AgentWork> agentWork(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select a.agent, count(*),
                               count(*) filter (where a.outcome = 'REACHED'),
                               count(r.id),
                               count(r.id) filter (where r.satisfied),
                               count(*) filter (where f.status = 'UNREACHABLE' and f.completed_by = a.agent
                                                and f.completed_at = a.called_at)
                        from follow_up_attempt a
                        join follow_up f on f.id = a.follow_up_id
                        left join survey_response r on r.follow_up_id = a.follow_up_id and a.outcome = 'REACHED'
                        where a.called_at >= ? and a.called_at < ?
                        group by a.agent order by count(*) desc, a.agent""")
                .setParameter(1, start(from)).setParameter(2, start(to)).getResultList();
        return rows.stream().map(r -> new AgentWork((String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]))).toList();
    }

    /** Coverage of the installation and the repair/maintenance follow-ups whose window ended in the period. */
    public List<Coverage> coverage(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select kind, count(*),
                               count(*) filter (where status in ('DONE', 'REFUSED') and completed_at <= due_at),
                               count(*) filter (where status in ('DONE', 'REFUSED') and completed_at > due_at),
                               count(*) filter (where status not in ('DONE', 'REFUSED'))
                        from follow_up
                        where due_at >= ? and due_at < ? and kind in ('INSTALLATION', 'VISIT')
                        group by kind""")
                .setParameter(1, start(from)).setParameter(2, start(to)).getResultList();
        return List.of(FollowUpKind.INSTALLATION, FollowUpKind.VISIT).stream()
                .map(kind -> rows.stream().filter(r -> kind.name().equals(r[0])).findFirst()
                        .map(r -> new Coverage(kind, n(r[1]), n(r[2]), n(r[3]), n(r[4])))
                        .orElse(new Coverage(kind, 0, 0, 0, 0)))
                .toList();
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(RetrySchedule.BUSINESS_ZONE).toInstant());
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
