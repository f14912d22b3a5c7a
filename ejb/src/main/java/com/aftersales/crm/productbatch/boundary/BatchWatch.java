package com.aftersales.crm.productbatch.boundary;

import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.productbatch.control.BatchAlertCheck;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * Every hour (at :07), the batch alert check: each batch over threshold in the alert period gets its alert once (the
 * unique key on product and batch). One grouped query over the period's complaints and returns; an archive loaded
 * or a complaint submitted is seen within the hour.
 */
@Singleton
@Lock(LockType.READ)
public class BatchWatch {

    @Inject
    BatchAlertCheck check;

    @Inject
    PolicyLookup policies;

    @Inject
    Clock clock;

    @Schedule(minute = "7", hour = "*", persistent = true, info = "Batch alert check")
    void hourly() {
        check.run(ProductBatches.thresholdsAt(policies, clock.instant()), clock.instant());
    }
}
