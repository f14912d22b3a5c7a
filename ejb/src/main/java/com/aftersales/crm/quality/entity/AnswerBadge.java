package com.aftersales.crm.quality.entity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The company's 24-hour answer clock of a complaint as the lists show it: not started (a draft), running with the
 * minutes left, overdue by so many minutes, or stopped — answered in time or late.
 */
public record AnswerBadge(State state, Instant due, long minutes) implements Serializable {

    public enum State { NONE, RUNNING, OVERDUE, MET, MISSED }

    /** Whether the lists show a badge: a complaint not submitted yet has no deadline. */
    public boolean shown() {
        return state != State.NONE;
    }

    public static AnswerBadge of(ComplaintStatus status, Instant due, Instant answeredAt, Instant now) {
        if (status == ComplaintStatus.DRAFT || due == null) {
            return new AnswerBadge(State.NONE, null, 0);
        }
        if (answeredAt != null) {
            return new AnswerBadge(answeredAt.isAfter(due) ? State.MISSED : State.MET, due, 0);
        }
        return now.isAfter(due)
                ? new AnswerBadge(State.OVERDUE, due, Duration.between(due, now).toMinutes())
                : new AnswerBadge(State.RUNNING, due, Duration.between(now, due).toMinutes());
    }

    /** Hours part of {@link #minutes()}, for "3 h 20 min". */
    public long hours() {
        return minutes / 60;
    }

    /** Minutes part of {@link #minutes()} after the hours. */
    public long restMinutes() {
        return minutes % 60;
    }
}
