package com.aftersales.crm.apiclient.control;

/**
 * A token bucket: holds up to {@code burst} tokens, gains {@code perMinute} a minute, and each request takes one. A
 * full bucket lets a client send {@code burst} requests at once; after that it goes at {@code perMinute}. Times are
 * in nanoseconds of a monotonic clock ({@link System#nanoTime()}), passed in so the arithmetic can be tested.
 * Thread-safe.
 */
public final class TokenBucket {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final int perMinute;
    private final int burst;
    /** Tokens, in nano-tokens (a token is {@link #NANOS_PER_MINUTE} units), so that refill needs no fractions. */
    private long level;
    private long updatedAt;

    /** A full bucket. */
    public TokenBucket(int perMinute, int burst, long now) {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("perMinute and burst must be positive");
        }
        this.perMinute = perMinute;
        this.burst = burst;
        this.level = (long) burst * NANOS_PER_MINUTE;
        this.updatedAt = now;
    }

    /**
     * Takes a token if there is one: 0 then; otherwise how many nanoseconds until there is one (nothing is taken).
     */
    public synchronized long take(long now) {
        long elapsed = Math.max(0, now - updatedAt);
        long capacity = (long) burst * NANOS_PER_MINUTE;
        // elapsed * perMinute can overflow after a long idle time: a bucket idle for a minute is full anyway
        level = elapsed >= NANOS_PER_MINUTE ? capacity : Math.min(capacity, level + elapsed * perMinute);
        updatedAt = now;
        if (level >= NANOS_PER_MINUTE) {
            level -= NANOS_PER_MINUTE;
            return 0;
        }
        long missing = NANOS_PER_MINUTE - level;
        return (missing + perMinute - 1) / perMinute;
    }

    /** Whether the bucket was made for these limits (a changed limit gets a new, full bucket). */
    public boolean hasLimits(int requestsPerMinute, int burstSize) {
        return perMinute == requestsPerMinute && burst == burstSize;
    }
}
