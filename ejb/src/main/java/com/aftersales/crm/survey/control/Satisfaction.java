package com.aftersales.crm.survey.control;

/**
 * Whether a survey counts as satisfied: the overall satisfaction (1–5) at or above the policy's score
 * ({@code survey.satisfied-score}, default 4: "satisfied" and "very satisfied").
 */
public final class Satisfaction {

    public static final String POLICY = "survey.satisfied-score";

    public static boolean satisfied(int overall, int threshold) {
        return overall >= threshold;
    }

    private Satisfaction() {
    }
}
