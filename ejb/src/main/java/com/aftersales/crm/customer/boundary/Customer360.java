package com.aftersales.crm.customer.boundary;

import com.aftersales.crm.installation.boundary.InstallationView;

import java.io.Serializable;
import java.util.List;

/** Everything about a customer on one page: the record, the installations with their warranty, the timeline. */
public record Customer360(CustomerDetail customer, List<InstallationView> installations, List<TimelineEntry> timeline,
                          long timelineSize) implements Serializable {
}
