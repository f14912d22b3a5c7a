package com.aftersales.crm.servicecase.boundary;

import com.aftersales.crm.servicecase.control.Breaches.Breach;
import com.aftersales.crm.timeline.boundary.Timeline;
import com.aftersales.crm.timeline.entity.TimelineEvent;

import java.time.Instant;
import java.util.List;

/** Missed clocks on the customers' timelines, as the watch and a late reply or visit both write them. */
final class BreachTimeline {

    /** The watch's own entries: the system noticed, whoever's action stopped the clock. */
    private static final String ACTOR = "system";

    static void write(Timeline timeline, List<Breach> breaches, Instant at) {
        timeline.recordAll(breaches.stream().map(b -> new TimelineEvent(b.customerId(),
                "CASE_" + b.clock() + "_BREACHED", "#" + b.caseId(), "CASE", b.caseId())).toList(), at, ACTOR);
    }

    private BreachTimeline() {
    }
}
