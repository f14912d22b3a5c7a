package com.aftersales.crm.survey.boundary;

import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.survey.control.Satisfaction;
import com.aftersales.crm.survey.entity.SurveyAnswer;
import com.aftersales.crm.survey.entity.SurveyQuestion;
import com.aftersales.crm.survey.entity.SurveyResponse;
import com.aftersales.crm.survey.entity.SurveyTemplate;
import com.aftersales.crm.survey.entity.TemplateStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The questionnaire agents ask, and the answers they record (called by the follow-up service, in its transaction). */
@Stateless
@Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.MANAGER})
public class Surveys {

    /** The questionnaire a follow-up call asks: the manual's service quality supervision card. */
    public static final String SERVICE_CARD = "SERVICE_CARD";

    @PersistenceContext
    EntityManager em;

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
    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
    public SurveyResult record(long templateId, SurveySubject subject, Map<Long, String> answers, String comment,
                               String agent) {
        SurveyTemplate template = em.find(SurveyTemplate.class, templateId);
        if (template == null) {
            throw new NotFound("survey template " + templateId);
        }
        Instant now = clock.instant();
        SurveyTemplate.Answered answered = template.answer(answers);
        PolicyVersion threshold = policies.inForce(Satisfaction.POLICY, null, null, now);
        boolean satisfied = Satisfaction.satisfied(answered.overall(), threshold.asInt());
        SurveyResponse response = new SurveyResponse(new SurveyResponse.About(subject.followUpId(), subject.customerId(),
                subject.providerId(), subject.dealerId(), subject.caseId(), subject.installationId()), template, answered,
                satisfied, threshold.id(), comment, now, agent);
        em.persist(response);
        em.flush();
        return new SurveyResult(response.getId(), answered.overall(), satisfied, threshold.id(), now);
    }

    /** A recorded survey's answers beside the questions of the version asked (head office; providers see the items). */
    public List<AnswerView> answers(long responseId) {
        SurveyResponse response = em.find(SurveyResponse.class, responseId);
        if (response == null) {
            throw new NotFound("survey response " + responseId);
        }
        SurveyTemplate template = em.find(SurveyTemplate.class, templateOf(responseId));
        Map<Long, SurveyQuestion> questions = template.getQuestions().stream()
                .collect(Collectors.toMap(SurveyQuestion::getId, Function.identity()));
        return response.getAnswers().stream()
                .map(a -> view(questions.get(a.getQuestionId()), a))
                .sorted(java.util.Comparator.comparingInt(AnswerView::position))
                .toList();
    }

    private long templateOf(long responseId) {
        return ((Number) em.createNativeQuery("select template_id from survey_response where id = ?")
                .setParameter(1, responseId).getSingleResult()).longValue();
    }

    private static AnswerView view(SurveyQuestion q, SurveyAnswer a) {
        return new AnswerView(q.getPosition(), q.getKind(), q.isOverall(), q.getTextZh(), q.getTextEn(), a.getScore(),
                a.getText(), q.getChoicesZh(), q.getChoicesEn());
    }

    private SurveyTemplate publishedTemplate() {
        List<SurveyTemplate> published = em.createQuery(
                        "select t from SurveyTemplate t where t.code = :code and t.status = :status", SurveyTemplate.class)
                .setParameter("code", SERVICE_CARD).setParameter("status", TemplateStatus.PUBLISHED).getResultList();
        if (published.isEmpty()) {
            throw new NotFound("published survey " + SERVICE_CARD);
        }
        return published.get(0);
    }
}
