package com.aftersales.crm.survey.boundary;

import com.aftersales.crm.survey.entity.QuestionKind;

import java.io.Serializable;
import java.util.List;

/** One answer of a recorded survey beside its question, as the version asked it. */
public record AnswerView(int position, QuestionKind kind, boolean overall, String textZh, String textEn, Short score,
                         String text, List<String> choicesZh, List<String> choicesEn) implements Serializable {
}
