package com.aftersales.crm.shared;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The SLA badge of a case in every list: the next clock still running and the time left on it, or how long it is
 * overdue; once every clock has stopped, whether they were all met. A consultation has no clocks.
 */
public record SlaBadge(State state, String clock, Instant due, long minutes) implements Serializable {

    /** PAUSED: every clock still running stands paused (停表) for the maker, the dealer or the customer. */
    public enum State { NONE, RUNNING, OVERDUE, MET, MISSED, PAUSED }

    public static SlaBadge of(boolean closed, Instant firstReplyDue, Instant firstRepliedAt, Instant onSiteDue,
                              Instant onSiteAt, Instant now) {
        return of(closed, firstReplyDue, firstRepliedAt, onSiteDue, onSiteAt, now, false, false);
    }

    /** The same, knowing which clocks stand paused: a paused clock is neither running down nor overdue. */
    public static SlaBadge of(boolean closed, Instant firstReplyDue, Instant firstRepliedAt, Instant onSiteDue,
                              Instant onSiteAt, Instant now, boolean firstReplyPaused, boolean onSitePaused) {
        if (firstReplyDue == null && onSiteDue == null) {
            return new SlaBadge(State.NONE, null, null, 0);
        }
        if (!closed) {
            String clock = null;
            Instant due = null;
            String paused = null;
            if (firstRepliedAt == null && firstReplyDue != null) {
                if (firstReplyPaused) {
                    paused = "FIRST_REPLY";
                } else {
                    clock = "FIRST_REPLY";
                    due = firstReplyDue;
                }
            }
            if (onSiteAt == null && onSiteDue != null) {
                if (onSitePaused) {
                    paused = paused == null ? "ON_SITE" : paused;
                } else if (due == null || onSiteDue.isBefore(due)) {
                    clock = "ON_SITE";
                    due = onSiteDue;
                }
            }
            if (due == null && paused != null) {
                return new SlaBadge(State.PAUSED, paused, null, 0);
            }
            if (due != null) {
                long minutes = Duration.between(now, due).toMinutes();
                return now.isAfter(due)
                        ? new SlaBadge(State.OVERDUE, clock, due, Duration.between(due, now).toMinutes())
                        : new SlaBadge(State.RUNNING, clock, due, minutes);
            }
        }
        boolean missed = late(firstRepliedAt, firstReplyDue) || late(onSiteAt, onSiteDue);
        return new SlaBadge(missed ? State.MISSED : State.MET, null, null, 0);
    }

    /**
     * The on-site (上门) clock alone, for the provider's list beside the case's badge (which shows the nearest running
     * clock, mostly the reply): time left or overdue while nobody is on site, met or missed once someone was; none
     * without an on-site deadline, or for a case closed without a visit.
     */
    public static SlaBadge onSite(boolean closed, Instant onSiteDue, Instant onSiteAt, Instant now) {
        if (onSiteDue == null || (closed && onSiteAt == null)) {
            return new SlaBadge(State.NONE, null, null, 0);
        }
        if (onSiteAt != null) {
            return new SlaBadge(onSiteAt.isAfter(onSiteDue) ? State.MISSED : State.MET, "ON_SITE", onSiteDue, 0);
        }
        return now.isAfter(onSiteDue)
                ? new SlaBadge(State.OVERDUE, "ON_SITE", onSiteDue, Duration.between(onSiteDue, now).toMinutes())
                : new SlaBadge(State.RUNNING, "ON_SITE", onSiteDue, Duration.between(now, onSiteDue).toMinutes());
    }

    private static boolean late(Instant done, Instant due) {
        return done != null && due != null && done.isAfter(due);
    }
}
