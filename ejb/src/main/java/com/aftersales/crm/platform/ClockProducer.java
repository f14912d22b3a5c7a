package com.aftersales.crm.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One clock for every rule that depends on the time, so that tests can reason about deadlines. In the test
 * environment (JVM option {@code crm.clock.adjustable=true}, set by the test profile only) a test may move it forward
 * to see a deadline pass instead of waiting for it in real time; anywhere else it is the system clock, unmovable.
 */
@ApplicationScoped
public class ClockProducer {

    /** The business runs on China Standard Time, whatever the server's zone. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Produces
    Clock clock() {
        return new ShiftedClock(offset, BUSINESS_ZONE);
    }

    /** Tests only: the application's time runs {@code by} ahead from now on (until {@link #reset()}). */
    public void advance(Duration by) {
        if (!Boolean.getBoolean("crm.clock.adjustable")) {
            throw new IllegalStateException("the clock is adjustable in the test environment only");
        }
        offset.accumulateAndGet(by, Duration::plus);
    }

    /** Tests only: back to the system's time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    /** The system clock plus the (normally zero) offset, in any zone; every zone's view shares the offset. */
    private static final class ShiftedClock extends Clock {

        private final AtomicReference<Duration> offset;
        private final ZoneId zone;

        ShiftedClock(AtomicReference<Duration> offset, ZoneId zone) {
            this.offset = offset;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new ShiftedClock(offset, other);
        }

        @Override
        public Instant instant() {
            Duration shift = offset.get();
            return shift.isZero() ? Instant.now() : Instant.now().plus(shift);
        }
    }
}
