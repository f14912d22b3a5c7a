package com.aftersales.crm.servicecase.entity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * 延误归属: how late a clock ran against the deadline first promised to the customer, split by the party that owned the
 * time. The time the clock stood paused for the maker, the dealer or the customer moved its deadline; lateness beyond
 * the moved deadline is the provider's. When the clock ran past the first deadline by less than it stood paused, the
 * late time is shared among the pausing parties in proportion to their paused time. A breach counts against the
 * provider exactly when the provider owns some late time — i.e. when it missed the moved deadline, which is when the
 * watch records the breach; the SQL of the dashboard's split (DashboardQueries) computes the same.
 */
public record LateSplit(Duration provider, Duration maker, Duration dealer, Duration customer) implements Serializable {

    public static final LateSplit NONE = new LateSplit(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    /**
     * @param adjustedDue the clock's deadline after its pauses (what the due column holds)
     * @param end         when the clock stopped, or now while it runs
     * @param paused      the time the clock stood paused, by party (resumed pauses not rejected; provider time ignored)
     */
    public static LateSplit of(Instant adjustedDue, Instant end, Map<DelayParty, Duration> paused) {
        Map<DelayParty, Duration> stopped = new EnumMap<>(DelayParty.class);
        Duration total = Duration.ZERO;
        for (Map.Entry<DelayParty, Duration> entry : paused.entrySet()) {
            if (entry.getKey().stopsClock() && !entry.getValue().isNegative() && !entry.getValue().isZero()) {
                stopped.put(entry.getKey(), entry.getValue());
                total = total.plus(entry.getValue());
            }
        }
        Instant promised = adjustedDue.minus(total);
        if (!end.isAfter(promised)) {
            return NONE;
        }
        Duration late = Duration.between(promised, end);
        Duration provider = end.isAfter(adjustedDue) ? Duration.between(adjustedDue, end) : Duration.ZERO;
        Duration others = late.minus(provider);
        Map<DelayParty, Duration> owned = new EnumMap<>(DelayParty.class);
        for (Map.Entry<DelayParty, Duration> entry : stopped.entrySet()) {
            owned.put(entry.getKey(), Duration.ofSeconds(
                    Math.round((double) others.getSeconds() * entry.getValue().getSeconds() / total.getSeconds())));
        }
        return new LateSplit(provider, owned.getOrDefault(DelayParty.MAKER, Duration.ZERO),
                owned.getOrDefault(DelayParty.DEALER, Duration.ZERO),
                owned.getOrDefault(DelayParty.CUSTOMER, Duration.ZERO));
    }

    /** The breach counts against the provider only for the time it owned: none, no count. */
    public boolean countsAgainstProvider() {
        return provider.compareTo(Duration.ZERO) > 0;
    }

    public Duration total() {
        return provider.plus(maker).plus(dealer).plus(customer);
    }
}
