package com.aftersales.crm.servicecase.entity;

import com.aftersales.crm.shared.SlaBadge;
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

    @Test
    void theOnSiteBadgeShowsTheOnSiteClockEvenWhileTheReplyClockIsTheNearest() {
        // the case's badge shows the reply (due in 5 h); the on-site clock (due in 50 h) has a badge of its own
        assertThat(SlaBadge.of(false, hours(5), null, hours(50), null, NOW).clock()).isEqualTo("FIRST_REPLY");
        SlaBadge onSite = SlaBadge.onSite(false, hours(50), null, NOW);
        assertThat(onSite.state()).isEqualTo(SlaBadge.State.RUNNING);
        assertThat(onSite.clock()).isEqualTo("ON_SITE");
        assertThat(onSite.minutes()).isEqualTo(50 * 60);
        assertThat(SlaBadge.onSite(false, hours(-3), null, NOW).state()).isEqualTo(SlaBadge.State.OVERDUE);
        assertThat(SlaBadge.onSite(false, hours(-3), null, NOW).minutes()).isEqualTo(180);
    }

    @Test
    void theOnSiteBadgeIsMetOrMissedOnceSomeoneWasThereAndNoneWithoutAVisitDue() {
        assertThat(SlaBadge.onSite(false, hours(-1), hours(-3), NOW).state()).isEqualTo(SlaBadge.State.MET);
        assertThat(SlaBadge.onSite(true, hours(-5), hours(-3), NOW).state()).isEqualTo(SlaBadge.State.MISSED);
        assertThat(SlaBadge.onSite(false, null, null, NOW).state()).isEqualTo(SlaBadge.State.NONE);
        assertThat(SlaBadge.onSite(true, hours(-5), null, NOW).state()).isEqualTo(SlaBadge.State.NONE);
    }

    @Test
    void aPausedClockIsNeitherRunningDownNorOverdue() {
        SlaBadge paused = SlaBadge.of(false, hours(-2), null, hours(-1), null, NOW, true, true);
        assertThat(paused.state()).isEqualTo(SlaBadge.State.PAUSED);
        // the reply stands paused past its first deadline; the visit's clock runs on and is what the badge shows
        SlaBadge visit = SlaBadge.of(false, hours(-2), null, hours(20), null, NOW, true, false);
        assertThat(visit.state()).isEqualTo(SlaBadge.State.RUNNING);
        assertThat(visit.clock()).isEqualTo("ON_SITE");
    }
}
