package com.aftersales.crm.followup.control;

import com.aftersales.crm.followup.entity.AgentWork;
import com.aftersales.crm.followup.entity.Coverage;
import com.aftersales.crm.followup.entity.FollowUpKind;
import com.aftersales.crm.followup.entity.QueueHealth;
import com.aftersales.crm.platform.control.Row;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The supervisors' figures of the follow-up work, each one grouped statement: queue health, each agent's calls,
 * coverage within the windows. A declared <b>read model</b>: an agent's calls count the surveys they brought in
 * ({@code survey_response}, joined in the same grouping).
 */
@Dependent
public class FollowUpFigures {

    @PersistenceContext
    EntityManager em;

    public QueueHealth queueHealth(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, RetrySchedule.BUSINESS_ZONE);
        Timestamp endOfToday = Timestamp.from(today.plusDays(1).atStartOfDay(RetrySchedule.BUSINESS_ZONE).toInstant());
        Timestamp at = Timestamp.from(now);
        Row queue = Row.of(em.createNativeQuery("""
                        select count(*),
                               count(*) filter (where due_at >= ? and due_at < ?),
                               count(*) filter (where due_at < ?),
                               count(*) filter (where ready_at > ?),
                               count(*) filter (where claim_expires_at > ?)
                        from follow_up where status = 'OPEN'""")
                .setParameter(1, at).setParameter(2, endOfToday).setParameter(3, at).setParameter(4, at)
                .setParameter(5, at).getSingleResult());
        long unreachable = Row.of(em.createNativeQuery("""
                        select count(*) from follow_up where status = 'UNREACHABLE' and completed_at >= ?""")
                .setParameter(1, Timestamp.from(now.minus(Duration.ofDays(30)))).getSingleResult()).longValue(0);
        Row items = Row.of(em.createNativeQuery("""
                        select count(*), count(*) filter (where r.late_recorded_at is not null)
                        from unsatisfied_item i join unsatisfied_item_round r on r.item_id = i.id and r.round = i.round
                        where i.status <> 'RESOLVED'""").getSingleResult());
        return new QueueHealth(queue.longValue(0), queue.longValue(1), queue.longValue(2), queue.longValue(3),
                queue.longValue(4), unreachable, items.longValue(0), items.longValue(1));
    }

    /** Each agent's calls from {@code from} (inclusive) to {@code to} (exclusive), Beijing dates, busiest first. */
    public List<AgentWork> agentWork(LocalDate from, LocalDate to) {
        return Row.map(em.createNativeQuery("""
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
                .setParameter(1, start(from)).setParameter(2, start(to)).getResultList(),
                r -> new AgentWork(r.text(0), r.longValue(1), r.longValue(2), r.longValue(3), r.longValue(4),
                        r.longValue(5)));
    }

    /** Coverage of the installation and the repair/maintenance follow-ups whose window ended in the period. */
    public List<Coverage> coverage(LocalDate from, LocalDate to) {
        List<Row> rows = Row.map(em.createNativeQuery("""
                        select kind, count(*),
                               count(*) filter (where status in ('DONE', 'REFUSED') and completed_at <= due_at),
                               count(*) filter (where status in ('DONE', 'REFUSED') and completed_at > due_at),
                               count(*) filter (where status not in ('DONE', 'REFUSED'))
                        from follow_up
                        where due_at >= ? and due_at < ? and kind in ('INSTALLATION', 'VISIT')
                        group by kind""")
                .setParameter(1, start(from)).setParameter(2, start(to)).getResultList(), r -> r);
        return List.of(FollowUpKind.INSTALLATION, FollowUpKind.VISIT).stream()
                .map(kind -> rows.stream().filter(r -> kind.name().equals(r.text(0))).findFirst()
                        .map(r -> new Coverage(kind, r.longValue(1), r.longValue(2), r.longValue(3), r.longValue(4)))
                        .orElse(new Coverage(kind, 0, 0, 0, 0)))
                .toList();
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(RetrySchedule.BUSINESS_ZONE).toInstant());
    }
}
