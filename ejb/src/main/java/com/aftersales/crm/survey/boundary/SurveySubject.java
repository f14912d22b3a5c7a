package com.aftersales.crm.survey.boundary;

/** Whom a survey is about: the follow-up it was asked on, and the customer, provider, dealer, case, installation. */
public record SurveySubject(long followUpId, long customerId, Long providerId, Long dealerId, Long caseId,
                            Long installationId) {
}
