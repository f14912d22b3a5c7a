package com.aftersales.crm.timeline.boundary;

import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.timeline.control.CustomerEvents;
import com.aftersales.crm.timeline.entity.TimelineEntry;
import com.aftersales.crm.timeline.entity.TimelineEvent;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The customer timeline (客户动态): where every feature writes what happened to a customer, and the only way to
 * {@code customer_event}. Called by other services, never from outside: it checks no visibility (the customer area
 * does, before it reads a page), so it can sit below every area that writes into it.
 */
@Stateless
public class Timeline {

    @Inject
    CustomerEvents events;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** One event, now, by the caller ("system" for a timer or a job). */
    public void append(long customerId, String kind, String summary, String refType, Long refId) {
        events.add(new TimelineEvent(customerId, kind, summary, refType, refId), clock.instant(), actor());
    }

    /**
     * The same kind of event for many customers in one statement (a loaded spreadsheet's chunk); each entry is
     * {customer id, referenced id} and the summary is the reference ("#123"), as the single events write it.
     */
    public void appendAll(String kind, String refType, List<long[]> customerAndRef) {
        events.addAll(customerAndRef.stream()
                .map(pair -> new TimelineEvent(pair[0], kind, "#" + pair[1], refType, pair[1])).toList(),
                clock.instant(), actor());
    }

    /** Events of any kinds, all at {@code occurredAt} and by {@code actor}, in one statement. */
    public void recordAll(List<TimelineEvent> happened, Instant occurredAt, String actor) {
        events.addAll(happened, occurredAt, actor);
    }

    /** A page of the customer's timeline, newest first; the caller has checked that the customer is visible. */
    public List<TimelineEntry> page(long customerId, int first, int max) {
        return events.page(customerId, first, max);
    }

    public long size(long customerId) {
        return events.size(customerId);
    }

    private String actor() {
        return caller.current().map(UserPrincipal::username).orElse("system");
    }
}
