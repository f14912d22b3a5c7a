package com.aftersales.crm.assessment.entity;

import java.util.Map;

/**
 * The policy versions a month is scored with: the base score, the threshold at or below which a month counts as 0, and
 * the points each kind of recorded event deducts (a positive number).
 */
public record MonthPolicies(PolicyUsed base, PolicyUsed threshold, Map<LineKind, PolicyUsed> pointsPerEvent) {

    public MonthPolicies {
        pointsPerEvent = Map.copyOf(pointsPerEvent);
    }

    public PolicyUsed points(LineKind kind) {
        PolicyUsed used = pointsPerEvent.get(kind);
        if (used == null) {
            throw new IllegalArgumentException("no points for " + kind);
        }
        return used;
    }
}
