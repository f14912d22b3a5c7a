package com.aftersales.crm.timeline.control;

import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.shared.SqlValues;
import com.aftersales.crm.timeline.entity.CustomerEvent;
import com.aftersales.crm.timeline.entity.TimelineEntry;
import com.aftersales.crm.timeline.entity.TimelineEvent;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Every statement on {@code customer_event}. */
@Dependent
public class CustomerEvents {

    @PersistenceContext
    EntityManager em;

    /**
     * Through the persistence context, not a statement of its own: the event is written at the flush, after the
     * records of the same transaction it points at.
     */
    public void add(TimelineEvent event, Instant occurredAt, String actor) {
        em.persist(new CustomerEvent(event, occurredAt, actor));
    }

    /** Many events in one statement, in their order (a loaded chunk, the breaches one watch found). */
    public void addAll(List<TimelineEvent> events, Instant occurredAt, String actor) {
        if (events.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        insert into customer_event (customer_id, occurred_at, kind, summary, ref_type, ref_id, actor)
                        select c, ?1, k, s, t, r, ?2
                        from unnest(cast(?3 as bigint[]), cast(?4 as text[]), cast(?5 as text[]), cast(?6 as text[]),
                                    cast(?7 as bigint[])) with ordinality as e(c, k, s, t, r, n)
                        order by n""")
                .setParameter(1, Timestamp.from(occurredAt)).setParameter(2, actor)
                .setParameter(3, SqlValues.arrayLiteral(events.stream().map(TimelineEvent::customerId).toList()))
                .setParameter(4, SqlValues.arrayLiteral(events.stream().map(TimelineEvent::kind).toList()))
                .setParameter(5, SqlValues.arrayLiteral(events.stream().map(TimelineEvent::summary).toList()))
                .setParameter(6, SqlValues.arrayLiteral(events.stream().map(TimelineEvent::refType).toList()))
                .setParameter(7, SqlValues.arrayLiteral(events.stream().map(TimelineEvent::refId).toList()))
                .executeUpdate();
    }

    /** A page of one customer's timeline, newest first. */
    public List<TimelineEntry> page(long customerId, int first, int max) {
        return Row.map(em.createNativeQuery("""
                        select occurred_at, kind, summary, ref_type, ref_id, actor from customer_event
                        where customer_id = ? order by occurred_at desc, id desc limit ? offset ?""")
                .setParameter(1, customerId).setParameter(2, max).setParameter(3, first).getResultList(),
                r -> new TimelineEntry(r.instant(0), r.text(1), r.text(2), r.text(3), r.longOrNull(4), r.text(5)));
    }

    public long size(long customerId) {
        return Row.of(em.createNativeQuery("select count(*) from customer_event where customer_id = ?")
                .setParameter(1, customerId).getSingleResult()).longValue(0);
    }
}
