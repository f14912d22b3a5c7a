package com.aftersales.crm.survey.entity;

import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.Getter;

/**
 * 回访问卷, one version of it. Only a draft is edited; a published version is frozen, so that every answer recorded
 * against it keeps the meaning it was given. Changing the questionnaire means a new version, published in its turn.
 */
@Getter
@Entity
public class SurveyTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private String code;

    @Column(updatable = false)
    private int version;

    private TemplateStatus status;

    private String nameZh;

    private String nameEn;

    @Column(updatable = false)
    private String createdBy;

    @Column(updatable = false)
    private Instant createdAt;

    private Instant publishedAt;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    protected SurveyTemplate() {
    }

    private SurveyTemplate(String code, int version, String nameZh, String nameEn, String by, Instant now) {
        this.code = code;
        this.version = version;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.createdBy = by;
        this.createdAt = now;
        this.status = TemplateStatus.DRAFT;
    }

    /** The next version, a draft holding a copy of this one's questions. */
    public SurveyTemplate nextVersion(int version, String by, Instant now) {
        SurveyTemplate next = new SurveyTemplate(code, version, nameZh, nameEn, by, now);
        questions.forEach(q -> next.questions.add(q.copyFor(next)));
        return next;
    }

    public void rename(String nameZh, String nameEn) {
        requireDraft(TemplateAction.EDIT);
        if (nameZh == null || nameZh.isBlank()) {
            throw new InvalidInput("nameZh", "validation.required");
        }
        if (nameEn == null || nameEn.isBlank()) {
            throw new InvalidInput("nameEn", "validation.required");
        }
        this.nameZh = nameZh.trim();
        this.nameEn = nameEn.trim();
    }

    /** Adds a question at the end. */
    public void addQuestion(QuestionKind kind, boolean required, boolean overall, String textZh, String textEn,
                            String choicesZh, String choicesEn) {
        requireDraft(TemplateAction.EDIT);
        questions.add(new SurveyQuestion(this, questions.size() + 1, kind, required, overall, textZh, textEn, choicesZh,
                choicesEn));
    }

    public void changeQuestion(int position, QuestionKind kind, boolean required, boolean overall, String textZh,
                               String textEn, String choicesZh, String choicesEn) {
        requireDraft(TemplateAction.EDIT);
        question(position).define(kind, required, overall, textZh, textEn, choicesZh, choicesEn);
    }

    /** Removes a question; the later ones move up. */
    public void removeQuestion(int position) {
        requireDraft(TemplateAction.EDIT);
        questions.remove(question(position));
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).moveTo(i + 1);
        }
    }

    /**
     * Publishes the draft: it must ask something and have exactly one overall satisfaction question (on a 1–5 scale),
     * since whether an answer counts as satisfied is judged on it.
     */
    public void publish(Instant now) {
        requireDraft(TemplateAction.PUBLISH);
        if (questions.isEmpty()) {
            throw new InvalidInput("questions", "survey.error.noQuestions");
        }
        if (questions.stream().filter(SurveyQuestion::isOverall).count() != 1) {
            throw new InvalidInput("questions", "survey.error.oneOverall");
        }
        status = TemplateStatus.PUBLISHED;
        publishedAt = now;
    }

    /** A later version was published. */
    public void retire() {
        if (status != TemplateStatus.PUBLISHED) {
            throw new IllegalTransition("template", status, TemplateAction.RETIRE);
        }
        status = TemplateStatus.RETIRED;
    }

    /** The answers checked against this version's questions (by question id), and the overall score among them. */
    public Answered answer(Map<Long, String> values) {
        if (status != TemplateStatus.PUBLISHED) {
            throw new IllegalTransition("template", status, TemplateAction.EDIT);
        }
        List<SurveyAnswer> answers = new ArrayList<>();
        int overall = 0;
        for (SurveyQuestion question : questions) {
            SurveyAnswer answer = question.answer(values.get(question.getId()));
            if (answer != null) {
                answers.add(answer);
                if (question.isOverall()) {
                    overall = answer.getScore();
                }
            }
        }
        return new Answered(overall, answers);
    }

    /** Checked answers and the overall score (1–5). */
    public record Answered(int overall, List<SurveyAnswer> answers) {
    }

    private SurveyQuestion question(int position) {
        return questions.stream().filter(q -> q.getPosition() == position).findFirst()
                .orElseThrow(() -> new InvalidInput("position", "survey.error.noSuchQuestion"));
    }

    private void requireDraft(TemplateAction action) {
        if (status != TemplateStatus.DRAFT) {
            throw new IllegalTransition("template", status, action);
        }
    }

    /** The first version of a new questionnaire. */
    public static SurveyTemplate create(String code, String nameZh, String nameEn, String by, Instant now) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,29}")) {
            throw new InvalidInput("code", "survey.error.code");
        }
        SurveyTemplate template = new SurveyTemplate(code, 1, "-", "-", by, now);
        template.rename(nameZh, nameEn);
        return template;
    }

    public List<SurveyQuestion> getQuestions() {
        return Collections.unmodifiableList(questions);
    }

    @Override
    public String toString() {
        return code + " v" + version + " " + Objects.toString(status);
    }
}
