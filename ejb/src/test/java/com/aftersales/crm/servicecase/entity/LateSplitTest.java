package com.aftersales.crm.servicecase.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Late time against the first promise, split by the party that owned it. */
class LateSplitTest {

    private static final Instant PROMISED = Instant.parse("2026-11-24T02:00:00Z");

    private static Instant plusHours(long h) {
        return PROMISED.plus(Duration.ofHours(h));
    }

    @Test
    void lateTimeWithinTheMakersPauseIsTheMakersAndDoesNotCountAgainstTheProvider() {
        // paused 20 h for the maker's parts: deadline moved to +20 h; the visit came at +16 h
        LateSplit split = LateSplit.of(plusHours(20), plusHours(16), Map.of(DelayParty.MAKER, Duration.ofHours(20)));

        assertThat(split.maker()).isEqualTo(Duration.ofHours(16));
        assertThat(split.provider()).isZero();
        assertThat(split.countsAgainstProvider()).isFalse();
    }

    @Test
    void lateTimePastTheMovedDeadlineIsTheProviders() {
        LateSplit split = LateSplit.of(plusHours(20), plusHours(26), Map.of(DelayParty.MAKER, Duration.ofHours(20)));

        assertThat(split.provider()).isEqualTo(Duration.ofHours(6));
        assertThat(split.maker()).isEqualTo(Duration.ofHours(20));
        assertThat(split.total()).isEqualTo(Duration.ofHours(26));
        assertThat(split.countsAgainstProvider()).isTrue();
    }

    @Test
    void theOthersShareTheirPartInProportionToTheirPausedTime() {
        // customer 3 h + dealer 1 h moved the deadline by 4 h; 2 h late against the promise, none the provider's
        LateSplit split = LateSplit.of(plusHours(4), plusHours(2),
                Map.of(DelayParty.CUSTOMER, Duration.ofHours(3), DelayParty.DEALER, Duration.ofHours(1)));

        assertThat(split.customer()).isEqualTo(Duration.ofMinutes(90));
        assertThat(split.dealer()).isEqualTo(Duration.ofMinutes(30));
        assertThat(split.provider()).isZero();
    }

    @Test
    void noLateTimeBeforeTheFirstPromiseAndTheProvidersOwnPausesStopNothing() {
        assertThat(LateSplit.of(plusHours(3), plusHours(-1), Map.of(DelayParty.CUSTOMER, Duration.ofHours(3))))
                .isEqualTo(LateSplit.NONE);
        LateSplit own = LateSplit.of(PROMISED, plusHours(2), Map.of(DelayParty.PROVIDER, Duration.ofHours(5)));
        assertThat(own.provider()).isEqualTo(Duration.ofHours(2));
        assertThat(own.total()).isEqualTo(Duration.ofHours(2));
    }
}
