package com.aftersales.crm.dashboard.boundary;

import com.aftersales.crm.dashboard.control.Rollups;
import com.aftersales.crm.dashboard.entity.RollupSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the dashboard's monthly roll-ups current: every 5 minutes it recomputes the months the source tables' triggers
 * logged as changed, and the months where a follow-up window or an unmet SLA clock ended since the last refresh (time
 * alone changes those figures, no row does); once a night it recomputes everything (what no trigger sees: a customer
 * moving city, a product renamed). Each month is its own transaction, so a refresh cut off by a crash leaves every
 * month either as it was or recomputed, and its stale marks for the next run; the moment the figures count against
 * moves only once every month of a run is done, so the next run looks back far enough.
 */
@Singleton
@Startup
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DashboardRefresh {

    private static final Logger LOG = Logger.getLogger(DashboardRefresh.class.getName());

    @Inject
    Rollups rollups;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    @Resource
    SessionContext context;

    private final AtomicBoolean scheduledRunning = new AtomicBoolean();

    @PostConstruct
    void soonAfterStart() {
        // the demo data and an upgrade's history are logged stale by the migration: summed up before anyone looks
        timers.createSingleActionTimer(5_000, new TimerConfig("dashboard roll-ups after start", false));
    }

    @Timeout
    void afterStart() {
        scheduled();
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "dashboard roll-ups")
    void everyFiveMinutes() {
        scheduled();
    }

    @Schedule(minute = "30", hour = "3", timezone = "Asia/Shanghai", persistent = false, info = "dashboard roll-ups, nightly rebuild")
    void nightly() {
        self().markAllStale();
        scheduled();
    }

    private void scheduled() {
        if (!scheduledRunning.compareAndSet(false, true)) {
            return;                                           // the previous run is still going: it will see the marks
        }
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "dashboard roll-ups: refresh failed, the marks stay for the next run", e);
        } finally {
            scheduledRunning.set(false);
        }
    }

    /** Recomputes what is stale and the months time moved; returns the moment the figures count against. */
    public Instant refresh() {
        Instant now = clock.instant();
        Set<Month> months = new LinkedHashSet<>();
        // before the first refresh every month with data is logged stale (the migration, the nightly rebuild)
        rollups.asOf().filter(last -> last.isBefore(now))
                .ifPresent(last -> rollups.monthsMovedByTime(last, now).forEach(row -> months.add(month(row))));
        rollups.staleMonths().forEach(row -> months.add(month(row)));
        long start = System.nanoTime();
        DashboardRefresh self = self();
        for (Month month : months) {
            self.recompute(month.source(), month.month(), now);
        }
        self.refreshed(now);
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.fine(() -> "dashboard roll-ups: " + months.size() + " month(s) recomputed in " + millis + " ms");
        return now;
    }

    /** Logs every month of every source stale, for the next refresh: what the nightly run does first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void markAllStale() {
        rollups.markAllStale();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recompute(RollupSource source, YearMonth month, Instant now) {
        rollups.recompute(source, month, now);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refreshed(Instant asOf) {
        rollups.refreshed(asOf);
    }

    private static Month month(Object[] row) {
        return new Month(RollupSource.valueOf((String) row[0]), YearMonth.from(((Date) row[1]).toLocalDate()));
    }

    private DashboardRefresh self() {
        return context.getBusinessObject(DashboardRefresh.class);
    }

    private record Month(RollupSource source, YearMonth month) {
    }
}
