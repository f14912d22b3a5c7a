package com.aftersales.crm.chargeback.boundary;

import com.aftersales.crm.chargeback.control.ChargebackRecords;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Confirms, every hour, the proposed chargeback lines whose dispute window has passed (逾期视为确认), in one statement;
 * running twice confirms nothing twice.
 */
@Singleton
public class ChargebackWatch {

    private static final Logger LOG = Logger.getLogger(ChargebackWatch.class.getName());

    @Inject
    ChargebackRecords records;

    @Inject
    Clock clock;

    @Schedule(minute = "7", hour = "*", persistent = true, info = "chargeback dispute window")
    void everyHour() {
        int confirmed = records.confirmDue(clock.instant());
        if (confirmed > 0) {
            LOG.info(() -> "Chargebacks: " + confirmed + " line(s) confirmed after their dispute window");
        }
    }
}
