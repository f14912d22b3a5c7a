package com.aftersales.crm.survey.boundary;

import com.aftersales.crm.survey.entity.QuestionKind;

import java.io.Serializable;

/** A question as the editor fills it in. Choices one per line, in both languages. */
public class QuestionDraft implements Serializable {

    private QuestionKind kind = QuestionKind.SCALE;
    private boolean required = true;
    private boolean overall;
    private String textZh;
    private String textEn;
    private String choicesZh;
    private String choicesEn;

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

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public boolean isOverall() {
        return overall;
    }

    public void setOverall(boolean overall) {
        this.overall = overall;
    }

    public String getTextZh() {
        return textZh;
    }

    public void setTextZh(String textZh) {
        this.textZh = textZh;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getChoicesZh() {
        return choicesZh;
    }

    public void setChoicesZh(String choicesZh) {
        this.choicesZh = choicesZh;
    }

    public String getChoicesEn() {
        return choicesEn;
    }

    public void setChoicesEn(String choicesEn) {
        this.choicesEn = choicesEn;
    }
}
