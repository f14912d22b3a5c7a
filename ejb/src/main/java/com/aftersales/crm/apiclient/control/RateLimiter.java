package com.aftersales.crm.apiclient.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API clients' rate limit: one {@link TokenBucket} per client, in this server's memory. Enough for the single
 * server the CRM runs on; the buckets start full after a restart, and behind several servers each would allow the
 * limit (a shared store, e.g. a table or Redis, would be needed then). One bucket per client, so memory is bounded
 * by the number of clients.
 */
@ApplicationScoped
public class RateLimiter {

    private final Map<Long, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** Admits one request of the client under these limits: {@link Duration#ZERO}, or how long it must wait. */
    public Duration admit(long clientId, int perMinute, int burst) {
        long now = System.nanoTime();
        TokenBucket bucket = buckets.compute(clientId, (id, existing) ->
                existing != null && existing.hasLimits(perMinute, burst) ? existing : new TokenBucket(perMinute, burst, now));
        return Duration.ofNanos(bucket.take(now));
    }

    /** Forgets the client's bucket (revoked: it will not come back). */
    public void forget(long clientId) {
        buckets.remove(clientId);
    }
}
