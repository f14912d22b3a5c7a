package com.aftersales.crm.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** One clock for every rule that depends on the time, so that tests can reason about deadlines. */
@ApplicationScoped
public class ClockProducer {

    /** The business runs on China Standard Time, whatever the server's zone. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    Clock clock() {
        return Clock.system(BUSINESS_ZONE);
    }
}
