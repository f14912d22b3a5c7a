package com.aftersales.crm.it.service;

import com.aftersales.crm.survey.boundary.QuestionView;
import com.aftersales.crm.survey.boundary.TemplateView;

import java.util.HashMap;
import java.util.Map;

/** Answers to the published questionnaire as an agent would enter them: every question, the overall score given. */
final class SurveyAnswers {

    static Map<Long, String> withOverall(TemplateView template, int overall) {
        Map<Long, String> answers = new HashMap<>();
        for (QuestionView q : template.questions()) {
            answers.put(q.id(), switch (q.kind()) {
                case SCALE -> q.overall() ? String.valueOf(overall) : "4";
                case YES_NO -> "true";
                case CHOICE -> "0";
                case TEXT -> "";
            });
        }
        return answers;
    }

    private SurveyAnswers() {
    }
}
