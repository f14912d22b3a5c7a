package com.aftersales.crm.survey.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.platform.control.Aggregates;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.survey.control.Satisfaction;
import com.aftersales.crm.survey.control.SurveyRepository;
import com.aftersales.crm.survey.entity.SurveyAnswer;
import com.aftersales.crm.survey.entity.SurveyQuestion;
import com.aftersales.crm.survey.entity.SurveyResponse;
import com.aftersales.crm.survey.entity.SurveyTemplate;
import com.aftersales.crm.survey.entity.TemplateStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The questionnaire agents ask, and the answers they record (called by the follow-up service, in its transaction). */
@Stateless
@Secured(Duty.SURVEYS)
public class Surveys {

    /** The questionnaire a follow-up call asks: the manual's service quality supervision card. */
    public static final String SERVICE_CARD = "SERVICE_CARD";

    @Inject
    SurveyRepository surveys;

    @Inject
    Aggregates aggregates;

    @Inject
    PolicyLookup policies;

    @Inject
    Clock clock;

    /** The version agents ask now. */
    public TemplateView published() {
        return TemplateView.of(publishedTemplate());
    }

    /**
     * Records the answers against the version asked (it must still be the published one, or the screen was stale) and
     * judges them by the satisfaction policy in force now.
     */
    @Secured(Duty.CALL_CENTRE)
    public SurveyResult record(long templateId, SurveySubject subject, Map<Long, String> answers, String comment,
                               String agent) {
        SurveyTemplate template = aggregates.find(SurveyTemplate.class, templateId, "survey template");
        Instant now = clock.instant();
        SurveyTemplate.Answered answered = template.answer(answers);
        PolicyVersion threshold = policies.inForce(Satisfaction.POLICY, null, null, now);
        boolean satisfied = Satisfaction.satisfied(answered.overall(), threshold.asInt());
        SurveyResponse response = new SurveyResponse(new SurveyResponse.About(subject.followUpId(), subject.customerId(),
                subject.providerId(), subject.dealerId(), subject.caseId(), subject.installationId()), template, answered,
                satisfied, threshold.id(), comment, now, agent);
        long id = surveys.add(response);
        return new SurveyResult(id, answered.overall(), satisfied, threshold.id(), now);
    }

    /** A recorded survey's answers beside the questions of the version asked (head office; providers see the items). */
    public List<AnswerView> answers(long responseId) {
        SurveyResponse response = aggregates.find(SurveyResponse.class, responseId, "survey response");
        SurveyTemplate template = aggregates.find(SurveyTemplate.class, surveys.templateOf(responseId), "survey template");
        Map<Long, SurveyQuestion> questions = template.getQuestions().stream()
                .collect(Collectors.toMap(SurveyQuestion::getId, Function.identity()));
        return response.getAnswers().stream()
                .map(a -> view(questions.get(a.getQuestionId()), a))
                .sorted(java.util.Comparator.comparingInt(AnswerView::position))
                .toList();
    }

    private static AnswerView view(SurveyQuestion q, SurveyAnswer a) {
        return new AnswerView(q.getPosition(), q.getKind(), q.isOverall(), q.getTextZh(), q.getTextEn(), a.getScore(),
                a.getText(), q.getChoicesZh(), q.getChoicesEn());
    }

    private SurveyTemplate publishedTemplate() {
        List<SurveyTemplate> published = surveys.inStatus(SERVICE_CARD, TemplateStatus.PUBLISHED);
        if (published.isEmpty()) {
            throw new NotFound("published survey " + SERVICE_CARD);
        }
        return published.get(0);
    }
}
