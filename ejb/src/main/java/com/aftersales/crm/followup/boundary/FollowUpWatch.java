package com.aftersales.crm.followup.boundary;

import com.aftersales.crm.followup.control.UnsatisfiedItemRepository;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

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

    @Inject
    UnsatisfiedItemRepository items;

    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = true, info = "Follow-up watch")
    void everyMinute() {
        recordLateReplies();
    }

    /** Runs the watch now; returns how many late replies it recorded. */
    public int recordLateReplies() {
        int recorded = items.recordLateReplies(clock.instant());
        if (recorded > 0) {
            LOG.info(() -> "Follow-up watch: " + recorded + " provider repl(ies) recorded late");
        }
        return recorded;
    }
}
