package com.aftersales.crm.survey.boundary;

/** A recorded survey: its id, the overall score, and whether it counts as satisfied by the policy version named. */
public record SurveyResult(long responseId, int overall, boolean satisfied, long policyId) {
}
