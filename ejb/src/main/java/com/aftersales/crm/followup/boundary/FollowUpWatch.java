package com.aftersales.crm.followup.boundary;

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
 * Every minute, records against the provider each unsatisfied item round whose reply deadline passed without a reply
 * (a reply made late is recorded when it is made). One set-based update; a round is recorded once, at its deadline,
 * however often the watch fires.
 */
@Singleton
@Lock(LockType.READ)
public class FollowUpWatch {

    private static final Logger LOG = Logger.getLogger(FollowUpWatch.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = true, info = "Follow-up watch")
    void everyMinute() {
        recordLateReplies();
    }

    /** Runs the watch now; returns how many late replies it recorded. */
    public int recordLateReplies() {
        int recorded = em.createNativeQuery("""
                        update unsatisfied_item_round set late_recorded_at = reply_due
                        where replied_at is null and late_recorded_at is null and reply_due < ?""")
                .setParameter(1, Timestamp.from(clock.instant())).executeUpdate();
        if (recorded > 0) {
            LOG.info(() -> "Follow-up watch: " + recorded + " provider repl(ies) recorded late");
        }
        return recorded;
    }
}
