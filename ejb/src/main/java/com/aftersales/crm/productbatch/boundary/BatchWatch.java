package com.aftersales.crm.productbatch.boundary;

import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.productbatch.control.BatchAlertCheck;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * Every hour (at :07), the batch alert check: each batch over threshold in the alert period gets its alert once (the
 * unique key on product and batch). One grouped query over the period's complaints and returns; an archive loaded
 * or a complaint submitted is seen within the hour. It also runs once soon after the server starts, so that a batch
 * already over its threshold (an upgrade's history, the demo's data) is alerted before anyone opens the batch view.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class BatchWatch {

    @Resource
    TimerService timers;

    @Inject
    BatchAlertCheck check;

    @Inject
    PolicyLookup policies;

    @Inject
    Clock clock;

    @PostConstruct
    void soonAfterStart() {
        timers.createSingleActionTimer(5_000, new TimerConfig("batch alert check after start", false));
    }

    @Timeout
    void afterStart() {
        hourly();
    }

    @Schedule(minute = "7", hour = "*", persistent = true, info = "Batch alert check")
    void hourly() {
        check.run(ProductBatches.thresholdsAt(policies, clock.instant()), clock.instant());
    }
}
