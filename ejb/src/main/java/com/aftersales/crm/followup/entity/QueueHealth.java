package com.aftersales.crm.followup.entity;

import java.io.Serializable;

/**
 * The queue at a glance: open follow-ups, those due today (Beijing time) and overdue, those waiting for a retry or a
 * call back, those reserved by an agent now; in the last 30 days, how many ended unreachable; and the providers'
 * open unsatisfied items, with the late ones.
 */
public record QueueHealth(long open, long dueToday, long overdue, long waiting, long reserved, long unreachable30d,
                          long openItems, long lateItems) implements Serializable {
}
