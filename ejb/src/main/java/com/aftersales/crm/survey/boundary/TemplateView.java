package com.aftersales.crm.survey.boundary;

import com.aftersales.crm.survey.entity.SurveyTemplate;
import com.aftersales.crm.survey.entity.TemplateStatus;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One questionnaire version with its questions. */
public record TemplateView(long id, String code, int version, TemplateStatus status, String nameZh, String nameEn,
                           Instant createdAt, String createdBy, Instant publishedAt, List<QuestionView> questions)
        implements Serializable {

    static TemplateView of(SurveyTemplate t) {
        return new TemplateView(t.getId(), t.getCode(), t.getVersion(), t.getStatus(), t.getNameZh(), t.getNameEn(),
                t.getCreatedAt(), t.getCreatedBy(), t.getPublishedAt(),
                t.getQuestions().stream().map(QuestionView::of).toList());
    }

    public String name(boolean english) {
        return english ? nameEn : nameZh;
    }
}
