package com.aftersales.crm.survey.control;

import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.survey.entity.SurveyResponse;
import com.aftersales.crm.survey.entity.SurveyTemplate;
import com.aftersales.crm.survey.entity.TemplateStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Every statement on the questionnaires (满意度调查) and the surveys recorded with them. */
@Dependent
public class SurveyRepository {

    @PersistenceContext
    EntityManager em;

    /** The questionnaire's versions in the given status (one published at most). */
    public List<SurveyTemplate> inStatus(String code, TemplateStatus status) {
        return em.createQuery("select t from SurveyTemplate t where t.code = :code and t.status = :status", SurveyTemplate.class)
                .setParameter("code", code).setParameter("status", status).getResultList();
    }

    /** Every version of the questionnaire, newest first. */
    public List<SurveyTemplate> versions(String code) {
        return em.createQuery("select t from SurveyTemplate t where t.code = :code order by t.version desc",
                        SurveyTemplate.class)
                .setParameter("code", code).getResultList();
    }

    /** The newest version of the questionnaire, if it has any. */
    public Optional<SurveyTemplate> latest(String code) {
        return em.createQuery("select t from SurveyTemplate t where t.code = :code order by t.version desc",
                        SurveyTemplate.class)
                .setParameter("code", code).setMaxResults(1).getResultList().stream().findFirst();
    }

    public void add(SurveyTemplate template) {
        em.persist(template);
    }

    /** Writes the questionnaire's changes now: a version saved meanwhile by another administrator is refused. */
    public void saveTemplates() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange("survey template");
        }
    }

    public long add(SurveyResponse response) {
        em.persist(response);
        em.flush();
        return response.getId();
    }

    /** The version a recorded survey asked. */
    public long templateOf(long responseId) {
        return Row.of(em.createNativeQuery("select template_id from survey_response where id = ?")
                .setParameter(1, responseId).getSingleResult()).longValue(0);
    }
}
