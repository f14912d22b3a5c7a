package com.aftersales.crm.customer.boundary;

import com.aftersales.crm.installation.boundary.InstallationView;

import java.io.Serializable;
import java.util.List;

/** Everything about a customer on one page: the record, the installations with their warranty, the timeline. */
public record Customer360(CustomerDetail customer, List<InstallationView> installations, List<TimelineEntry> timeline,
                          long timelineSize) implements Serializable {

    /** The newest {@code count} entries of the timeline (fewer when the customer has fewer), for glance views. */
    public List<TimelineEntry> recentTimeline(int count) {
        return timeline.subList(0, Math.min(count, timeline.size()));
    }
}
