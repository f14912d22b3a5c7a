package com.aftersales.crm.timeline.entity;

/**
 * An event to append to a customer's timeline, before it is stored: when and by whom are the same for every event
 * of one statement, so they are not part of it.
 */
public record TimelineEvent(long customerId, String kind, String summary, String refType, Long refId) {

    /** The stored summary's length: a longer one (a customer's words, a subject) is cut, never refused. */
    public static final int SUMMARY_LENGTH = 300;

    public TimelineEvent {
        summary = summary == null || summary.length() <= SUMMARY_LENGTH ? summary : summary.substring(0, SUMMARY_LENGTH);
    }
}
