package com.aftersales.crm.survey.boundary;

import com.aftersales.crm.survey.entity.QuestionKind;

import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;

/** A question as the editor fills it in. Choices one per line, in both languages. */
public class QuestionDraft implements Serializable {

    @Getter @Setter private QuestionKind kind = QuestionKind.SCALE;
    @Getter @Setter private boolean required = true;
    @Getter @Setter private boolean overall;
    @Getter @Setter private String textZh;
    @Getter @Setter private String textEn;
    @Getter @Setter private String choicesZh;
    @Getter @Setter private String choicesEn;

    public static QuestionDraft of(QuestionView q) {
        QuestionDraft draft = new QuestionDraft();
        draft.kind = q.kind();
        draft.required = q.required();
        draft.overall = q.overall();
        draft.textZh = q.textZh();
        draft.textEn = q.textEn();
        draft.choicesZh = String.join("\n", q.choicesZh());
        draft.choicesEn = String.join("\n", q.choicesEn());
        return draft;
    }
}
