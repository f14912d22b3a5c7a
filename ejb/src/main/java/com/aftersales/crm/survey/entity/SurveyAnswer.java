package com.aftersales.crm.survey.entity;

import jakarta.persistence.Embeddable;

/** One answer: a score (scale 1–5, yes 1 / no 0, a choice's index) or a text, for a question of the response's version. */
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

    public long getQuestionId() {
        return questionId;
    }

    public Short getScore() {
        return score;
    }

    public String getText() {
        return text;
    }
}
