package com.aftersales.crm.survey.entity;

import com.aftersales.crm.shared.WrittenOnce;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A survey as the customer answered it on a follow-up call, against one questionnaire version, with the verdict
 * (satisfied or not) and the policy version that gave it. Who the answer is about (provider, dealer, case, installation)
 * is kept on it, since satisfaction is reported by each of them.
 */
@Entity
@WrittenOnce
public class SurveyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long followUpId;

    private long templateId;

    private long customerId;

    private Long providerId;

    private Long dealerId;

    private Long caseId;

    private Long installationId;

    private int overall;

    private boolean satisfied;

    private long satisfiedPolicyId;

    private String comment;

    private Instant answeredAt;

    private String answeredBy;

    @ElementCollection
    @CollectionTable(name = "survey_answer", joinColumns = @JoinColumn(name = "response_id"))
    private List<SurveyAnswer> answers = new ArrayList<>();

    protected SurveyResponse() {
    }

    /** Who and what the answers are about. */
    public record About(long followUpId, long customerId, Long providerId, Long dealerId, Long caseId, Long installationId) {
    }

    public SurveyResponse(About about, SurveyTemplate template, SurveyTemplate.Answered answered, boolean satisfied,
                          long satisfiedPolicyId, String comment, Instant answeredAt, String answeredBy) {
        this.followUpId = about.followUpId();
        this.customerId = about.customerId();
        this.providerId = about.providerId();
        this.dealerId = about.dealerId();
        this.caseId = about.caseId();
        this.installationId = about.installationId();
        this.templateId = template.getId();
        this.overall = answered.overall();
        this.answers.addAll(answered.answers());
        this.satisfied = satisfied;
        this.satisfiedPolicyId = satisfiedPolicyId;
        this.comment = comment == null || comment.isBlank() ? null : comment.trim();
        this.answeredAt = answeredAt;
        this.answeredBy = answeredBy;
    }

    public Long getId() {
        return id;
    }

    public int getOverall() {
        return overall;
    }

    public boolean isSatisfied() {
        return satisfied;
    }

    public List<SurveyAnswer> getAnswers() {
        return List.copyOf(answers);
    }
}
