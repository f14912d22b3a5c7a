package com.aftersales.crm.survey.boundary;

import com.aftersales.crm.survey.entity.QuestionKind;
import com.aftersales.crm.survey.entity.SurveyQuestion;

import java.io.Serializable;
import java.util.List;

/** A question as the call screen asks it and the editor shows it. */
public record QuestionView(long id, int position, QuestionKind kind, boolean required, boolean overall, String textZh,
                           String textEn, List<String> choicesZh, List<String> choicesEn) implements Serializable {

    static QuestionView of(SurveyQuestion q) {
        return new QuestionView(q.getId(), q.getPosition(), q.getKind(), q.isRequired(), q.isOverall(), q.getTextZh(),
                q.getTextEn(), q.getChoicesZh(), q.getChoicesEn());
    }

    /** The field name a refused answer carries ("q7"). */
    public String field() {
        return "q" + position;
    }

    public String text(boolean english) {
        return english ? textEn : textZh;
    }

    public List<String> choices(boolean english) {
        return english ? choicesEn : choicesZh;
    }
}
