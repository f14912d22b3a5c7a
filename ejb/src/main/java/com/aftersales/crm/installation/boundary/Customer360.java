package com.aftersales.crm.installation.boundary;

import com.aftersales.crm.customer.boundary.CustomerDetail;
import com.aftersales.crm.timeline.entity.TimelineEntry;

import java.io.Serializable;
import java.util.List;

/**
 * Everything about a customer on one page: the record, the installations with their warranty, the timeline. It is
 * the installation area's because installations depend on their customer: composed here, above both, the customer
 * area needs to know nothing of installations.
 */
public record Customer360(CustomerDetail customer, List<InstallationView> installations, List<TimelineEntry> timeline,
                          long timelineSize) implements Serializable {

    /** The newest {@code count} entries of the timeline (fewer when the customer has fewer), for glance views. */
    public List<TimelineEntry> recentTimeline(int count) {
        return timeline.subList(0, Math.min(count, timeline.size()));
    }
}
