package com.aftersales.crm.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClockProducerTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty("crm.clock.adjustable");
    }

    @Test
    void theClockCannotBeMovedOutsideTheTestEnvironment() {
        assertThatThrownBy(() -> new ClockProducer().advance(Duration.ofHours(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTestMovesEveryClockTheApplicationHoldsInEveryZoneAndResetsIt() {
        System.setProperty("crm.clock.adjustable", "true");
        ClockProducer producer = new ClockProducer();
        Clock clock = producer.clock();
        Clock utc = clock.withZone(ZoneId.of("UTC"));

        producer.advance(Duration.ofHours(2));

        assertThat(clock.getZone()).isEqualTo(ClockProducer.BUSINESS_ZONE);
        assertThat(Duration.between(Instant.now(), clock.instant())).isBetween(Duration.ofMinutes(119), Duration.ofMinutes(121));
        assertThat(Duration.between(Instant.now(), utc.instant())).isBetween(Duration.ofMinutes(119), Duration.ofMinutes(121));
        producer.reset();
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
    }
}
