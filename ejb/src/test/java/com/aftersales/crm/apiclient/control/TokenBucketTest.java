package com.aftersales.crm.apiclient.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullBucketAdmitsTheBurstAtOnceThenRefusesWithTheWaitForTheNextToken() {
        TokenBucket bucket = new TokenBucket(60, 3, 0);
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        // 60 a minute: one token a second
        assertThat(bucket.take(0)).isEqualTo(SECOND);
        assertThat(bucket.take(SECOND / 4)).isEqualTo(3 * SECOND / 4);
    }

    @Test
    void tokensComeBackAtTheRatePerMinute() {
        TokenBucket bucket = new TokenBucket(6, 1, 0);       // one every 10 s
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(9 * SECOND)).isEqualTo(SECOND);
        assertThat(bucket.take(10 * SECOND)).isZero();
        assertThat(bucket.take(10 * SECOND)).isEqualTo(10 * SECOND);
    }

    @Test
    void aRefusedRequestTakesNothing() {
        TokenBucket bucket = new TokenBucket(60, 1, 0);
        assertThat(bucket.take(0)).isZero();
        for (int i = 0; i < 10; i++) {
            assertThat(bucket.take(SECOND / 2)).isEqualTo(SECOND / 2);
        }
        assertThat(bucket.take(SECOND)).isZero();
    }

    @Test
    void anIdleBucketFillsUpToTheBurstNoFurther() {
        TokenBucket bucket = new TokenBucket(600, 2, 0);
        bucket.take(0);
        bucket.take(0);
        long later = 3_600 * SECOND;                         // an hour idle: still only 2
        assertThat(bucket.take(later)).isZero();
        assertThat(bucket.take(later)).isZero();
        assertThat(bucket.take(later)).isPositive();
    }

    @Test
    void aClockThatGoesBackGivesNoTokens() {
        TokenBucket bucket = new TokenBucket(60, 1, 10 * SECOND);
        assertThat(bucket.take(10 * SECOND)).isZero();
        assertThat(bucket.take(5 * SECOND)).isEqualTo(SECOND);
    }

    @Test
    void aBucketKnowsItsLimitsAndRefusesNonPositiveOnes() {
        assertThat(new TokenBucket(120, 30, 0).hasLimits(120, 30)).isTrue();
        assertThat(new TokenBucket(120, 30, 0).hasLimits(120, 31)).isFalse();
        assertThatThrownBy(() -> new TokenBucket(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLimiterKeepsOneBucketPerClientAndStartsAFreshOneWhenTheLimitChanges() {
        RateLimiter limiter = new RateLimiter();
        assertThat(limiter.admit(1, 1, 1)).isZero();
        assertThat(limiter.admit(1, 1, 1)).isPositive();
        assertThat(limiter.admit(2, 1, 1)).isZero();         // another client: its own bucket
        assertThat(limiter.admit(1, 1, 2)).isZero();         // a changed limit: a new, full bucket
    }
}
