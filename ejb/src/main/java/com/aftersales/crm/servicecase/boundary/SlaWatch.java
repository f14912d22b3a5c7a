package com.aftersales.crm.servicecase.boundary;

import com.aftersales.crm.servicecase.control.Breaches;
import com.aftersales.crm.servicecase.control.Breaches.Breach;
import com.aftersales.crm.timeline.boundary.Timeline;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The SLA watch: a persistent timer that, every minute, records the clocks that ran past their deadline as breaches
 * against the provider and escalates their cases. Firing twice (a missed run caught up after a restart, two servers)
 * records nothing twice: {@link Breaches} inserts each breach once.
 */
@Singleton
@Lock(LockType.READ)
public class SlaWatch {

    private static final Logger LOG = Logger.getLogger(SlaWatch.class.getName());

    @Inject
    Breaches breaches;

    @Inject
    Timeline timeline;

    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = true, info = "SLA watch")
    void everyMinute() {
        detect();
    }

    /** Runs the watch now; returns how many new breaches it recorded. */
    public int detect() {
        Instant now = clock.instant();
        List<Breach> found = breaches.detect(now);
        BreachTimeline.write(timeline, found, now);
        int recorded = found.size();
        if (recorded > 0) {
            LOG.info(() -> "SLA watch: " + recorded + " new breach(es) recorded and escalated");
        }
        return recorded;
    }
}
