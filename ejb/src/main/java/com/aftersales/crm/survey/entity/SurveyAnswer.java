package com.aftersales.crm.survey.entity;

import jakarta.persistence.Embeddable;
import lombok.Getter;

/** One answer: a score (scale 1–5, yes 1 / no 0, a choice's index) or a text, for a question of the response's version. */
@Getter
@Embeddable
public class SurveyAnswer {

    private long questionId;

    private Short score;

    private String text;

    protected SurveyAnswer() {
    }

    SurveyAnswer(long questionId, Short score, String text) {
        this.questionId = questionId;
        this.score = score;
        this.text = text;
    }
}
