package com.aftersales.crm.survey.entity;

import com.aftersales.crm.shared.InvalidInput;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.util.Arrays;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;

/** One question of a questionnaire version, in both languages. */
@Getter
@Entity
public class SurveyQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(updatable = false)
    @Getter(AccessLevel.NONE)
    private SurveyTemplate template;

    private int position;

    private QuestionKind kind;

    private boolean required;

    private boolean overall;

    private String textZh;

    private String textEn;

    private String choicesZh;

    private String choicesEn;

    protected SurveyQuestion() {
    }

    SurveyQuestion(SurveyTemplate template, int position, QuestionKind kind, boolean required, boolean overall,
                   String textZh, String textEn, String choicesZh, String choicesEn) {
        this.template = template;
        this.position = position;
        define(kind, required, overall, textZh, textEn, choicesZh, choicesEn);
    }

    void define(QuestionKind kind, boolean required, boolean overall, String textZh, String textEn, String choicesZh,
                String choicesEn) {
        if (kind == null) {
            throw new InvalidInput("kind", "validation.required");
        }
        if (textZh == null || textZh.isBlank()) {
            throw new InvalidInput("textZh", "validation.required");
        }
        if (textEn == null || textEn.isBlank()) {
            throw new InvalidInput("textEn", "validation.required");
        }
        if (overall && kind != QuestionKind.SCALE) {
            throw new InvalidInput("overall", "survey.error.overallIsScale");
        }
        List<String> zh = lines(choicesZh);
        List<String> en = lines(choicesEn);
        if (kind == QuestionKind.CHOICE && (zh.size() < 2 || zh.size() != en.size())) {
            throw new InvalidInput("choicesZh", "survey.error.choices");
        }
        this.kind = kind;
        this.required = required || overall;
        this.overall = overall;
        this.textZh = textZh.trim();
        this.textEn = textEn.trim();
        this.choicesZh = kind == QuestionKind.CHOICE ? String.join("\n", zh) : null;
        this.choicesEn = kind == QuestionKind.CHOICE ? String.join("\n", en) : null;
    }

    SurveyQuestion copyFor(SurveyTemplate next) {
        return new SurveyQuestion(next, position, kind, required, overall, textZh, textEn, choicesZh, choicesEn);
    }

    void moveTo(int position) {
        this.position = position;
    }

    /**
     * An answer to this question, checked: a scale 1–5, yes/no as "true"/"false", a choice's index, any text up to
     * 1000 characters. Null when the answer is empty and the question is optional.
     */
    SurveyAnswer answer(String value) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            if (required) {
                throw new InvalidInput(field(), "survey.error.required");
            }
            return null;
        }
        return switch (kind) {
            case SCALE -> new SurveyAnswer(id, (short) score(v, 1, 5), null);
            case YES_NO -> {
                if (!v.equals("true") && !v.equals("false")) {
                    throw new InvalidInput(field(), "survey.error.invalid");
                }
                yield new SurveyAnswer(id, (short) (v.equals("true") ? 1 : 0), null);
            }
            case CHOICE -> new SurveyAnswer(id, (short) score(v, 0, lines(choicesZh).size() - 1), null);
            case TEXT -> {
                if (v.length() > 1000) {
                    throw new InvalidInput(field(), "survey.error.invalid");
                }
                yield new SurveyAnswer(id, null, v);
            }
        };
    }

    private int score(String v, int min, int max) {
        try {
            int score = Integer.parseInt(v);
            if (score >= min && score <= max) {
                return score;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the refusal
        }
        throw new InvalidInput(field(), "survey.error.invalid");
    }

    /** The field a refused answer names: the question by its position ("q7"), for the form to point at it. */
    public String field() {
        return "q" + position;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public List<String> getChoicesZh() {
        return lines(choicesZh);
    }

    public List<String> getChoicesEn() {
        return lines(choicesEn);
    }
}
