package com.aftersales.crm.information.boundary;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The 3-day rule (manual, 信息管理): every minute, an item still unanswered past its deadline is recorded once, at the
 * deadline. When the network point owed the answer (an item the department sent), it is recorded against that point
 * twice, as the manual says: once for non-standard information management, once for service not timely. When the
 * department owed it, the lateness is the department's, on the item (the weekly report counts it), not the network
 * point's. Set-based and idempotent: the item is flagged once and the events are unique per kind and item.
 */
@Singleton
@Lock(LockType.READ)
public class InformationWatch {

    private static final Logger LOG = Logger.getLogger(InformationWatch.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = true, info = "Information watch")
    void everyMinute() {
        recordOverdue();
    }

    /** Runs the watch now, in one statement; returns how many items it found overdue. */
    public int recordOverdue() {
        int overdue = ((Number) em.createNativeQuery("""
                        with overdue as (
                            update information_item set overdue_recorded_at = answer_due
                            where answered_at is null and overdue_recorded_at is null and answer_due < ?
                            returning id, direction, dealer_id, provider_id, overdue_recorded_at),
                        recorded as (
                            insert into network_event (dealer_id, provider_id, kind, occurred_at, source_type, source_id)
                            select o.dealer_id, o.provider_id, k.kind, o.overdue_recorded_at, 'INFORMATION_ITEM', o.id
                            from overdue o cross join (values ('INFO_NON_STANDARD'), ('SERVICE_NOT_TIMELY')) as k (kind)
                            where o.direction = 'TO_NETWORK'
                            on conflict (kind, source_type, source_id) do nothing)
                        select count(*) from overdue""")
                .setParameter(1, Timestamp.from(clock.instant())).getSingleResult()).intValue();
        if (overdue > 0) {
            LOG.info(() -> "Information watch: " + overdue + " item(s) unanswered after the deadline");
        }
        return overdue;
    }

    /**
     * The manual's two records against the network point that owed the answer of one item answered late (none when the
     * department owed it).
     */
    static void recordAgainstNetworkPoint(EntityManager em, long itemId) {
        em.createNativeQuery("""
                        insert into network_event (dealer_id, provider_id, kind, occurred_at, source_type, source_id)
                        select i.dealer_id, i.provider_id, k.kind, i.overdue_recorded_at, 'INFORMATION_ITEM', i.id
                        from information_item i
                        cross join (values ('INFO_NON_STANDARD'), ('SERVICE_NOT_TIMELY')) as k (kind)
                        where i.id = ? and i.direction = 'TO_NETWORK' and i.overdue_recorded_at is not null
                        on conflict (kind, source_type, source_id) do nothing""")
                .setParameter(1, itemId).executeUpdate();
    }
}
