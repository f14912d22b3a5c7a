package com.aftersales.crm.servicecase.boundary;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SlaBadgeTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static Instant hours(int h) {
        return NOW.plusSeconds(3600L * h);
    }

    @Test
    void showsTheNextRunningClockWithTheTimeLeft() {
        SlaBadge badge = SlaBadge.of(false, hours(5), null, hours(50), null, NOW);
        assertThat(badge.state()).isEqualTo(SlaBadge.State.RUNNING);
        assertThat(badge.clock()).isEqualTo("FIRST_REPLY");
        assertThat(badge.minutes()).isEqualTo(300);
        SlaBadge replied = SlaBadge.of(false, hours(5), hours(-1), hours(50), null, NOW);
        assertThat(replied.clock()).isEqualTo("ON_SITE");
    }

    @Test
    void aClockPastItsDeadlineIsOverdueByTheTimeSince() {
        SlaBadge badge = SlaBadge.of(false, hours(-2), null, hours(20), null, NOW);
        assertThat(badge.state()).isEqualTo(SlaBadge.State.OVERDUE);
        assertThat(badge.minutes()).isEqualTo(120);
    }

    @Test
    void stoppedClocksAreMetOrMissed() {
        assertThat(SlaBadge.of(false, hours(-20), hours(-22), hours(-1), hours(-3), NOW).state()).isEqualTo(SlaBadge.State.MET);
        assertThat(SlaBadge.of(true, hours(-20), hours(-22), hours(-5), hours(-3), NOW).state()).isEqualTo(SlaBadge.State.MISSED);
        assertThat(SlaBadge.of(true, null, null, null, null, NOW).state()).isEqualTo(SlaBadge.State.NONE);
    }
}
