package com.aftersales.crm.security.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final Duration FIRST = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofMinutes(15);

    @Test
    void noDelayBeforeTheThreshold() {
        for (int failures = 0; failures < 5; failures++) {
            assertThat(LoginThrottle.delay(failures, 5, FIRST, MAX)).as("%d failures", failures).isZero();
        }
    }

    @Test
    void theDelayDoublesWithEachFailureFromTheThresholdOn() {
        assertThat(LoginThrottle.delay(5, 5, FIRST, MAX)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottle.delay(6, 5, FIRST, MAX)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginThrottle.delay(7, 5, FIRST, MAX)).isEqualTo(Duration.ofSeconds(4));
        assertThat(LoginThrottle.delay(14, 5, FIRST, MAX)).isEqualTo(Duration.ofSeconds(512));
    }

    @Test
    void theDelayStopsGrowingAtTheCapAndNeverBecomesALock() {
        assertThat(LoginThrottle.delay(15, 5, FIRST, MAX)).isEqualTo(MAX);
        assertThat(LoginThrottle.delay(10_000, 5, FIRST, MAX)).isEqualTo(MAX);
    }

    @Test
    void theAccountIsCountedAsTypedAndAloneWithoutAnAddress() {
        LoginThrottle throttle = new LoginThrottle();
        throttle.thresholds = new LoginThrottle.Thresholds(5, 20, 20, 1, 900, 60);

        assertThat(throttle.keys(" Admin ", null)).extracting(LoginThrottle.Key::key).containsExactly("account:admin");
        assertThat(throttle.keys("admin", "10.0.0.7")).extracting(LoginThrottle.Key::key)
                .containsExactly("account:admin", "address:10.0.0.7", "account-address:admin|10.0.0.7");
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsCountsButNotTheAddresss() {
        LoginThrottle throttle = new LoginThrottle();
        throttle.thresholds = new LoginThrottle.Thresholds(5, 20, 20, 1, 900, 60);

        assertThat(throttle.keys("admin", "10.0.0.7")).filteredOn(LoginThrottle.Key::clearedByLogin)
                .extracting(LoginThrottle.Key::key).containsExactly("account:admin", "account-address:admin|10.0.0.7");
    }
}
