package com.aftersales.crm.followup.entity;

import com.aftersales.crm.shared.Percent;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * 回访率: of the follow-ups of a kind whose window ended in a period, how many reached the customer within the window
 * (the manual's goal: 100%), how many late, and how many not at all (unreachable, refused or still open).
 */
public record Coverage(FollowUpKind kind, long due, long withinWindow, long late, long notReached) implements Serializable {

    /** In percent to one decimal; nothing due counts as the goal met (100 %). */
    public BigDecimal percentWithinWindow() {
        return due == 0 ? Percent.rounded(100) : Percent.of(withinWindow, due);
    }
}
