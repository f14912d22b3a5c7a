package com.aftersales.crm.survey.boundary;

import java.time.Instant;

/** A recorded survey: its id, the overall score, whether it counts as satisfied by the policy version named, and when. */
public record SurveyResult(long responseId, int overall, boolean satisfied, long policyId, Instant answeredAt) {
}
