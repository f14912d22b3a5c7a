package com.aftersales.crm.followup.boundary;

import com.aftersales.crm.followup.entity.FollowUpKind;

import java.io.Serializable;

/**
 * 回访率: of the follow-ups of a kind whose window ended in a period, how many reached the customer within the window
 * (the manual's goal: 100%), how many late, and how many not at all (unreachable, refused or still open).
 */
public record Coverage(FollowUpKind kind, long due, long withinWindow, long late, long notReached) implements Serializable {

    public double percentWithinWindow() {
        return due == 0 ? 100.0 : 100.0 * withinWindow / due;
    }
}
