package com.aftersales.crm.survey.entity;

import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.survey.control.Satisfaction;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyTemplateTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    /** The card's shape: a yes/no, a choice, the overall scale, an optional comment; question ids 1..4. */
    private static SurveyTemplate card() throws Exception {
        SurveyTemplate template = SurveyTemplate.create("CARD", "服务质量监督卡", "Service card", "admin", NOW);
        template.addQuestion(QuestionKind.YES_NO, true, false, "准时到达？", "On time?", null, null);
        template.addQuestion(QuestionKind.CHOICE, true, false, "如何得知？", "How did you hear?", "电视\n朋友", "TV\nFriends");
        template.addQuestion(QuestionKind.SCALE, false, true, "总体满意度", "Overall", null, null);
        template.addQuestion(QuestionKind.TEXT, false, false, "意见", "Comments", null, null);
        long id = 1;
        for (SurveyQuestion q : template.getQuestions()) {
            Field field = SurveyQuestion.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(q, id++);
        }
        return template;
    }

    private static Map<Long, String> answers(String onTime, String choice, String overall, String text) {
        Map<Long, String> answers = new HashMap<>();
        answers.put(1L, onTime);
        answers.put(2L, choice);
        answers.put(3L, overall);
        answers.put(4L, text);
        return answers;
    }

    @Test
    void aDraftIsNeverAskedAndAPublishedVersionNeverEdited() throws Exception {
        SurveyTemplate template = card();
        assertThatThrownBy(() -> template.answer(answers("true", "0", "5", ""))).isInstanceOf(IllegalTransition.class);
        template.publish(NOW);
        assertThatThrownBy(() -> template.addQuestion(QuestionKind.TEXT, false, false, "x", "x", null, null))
                .isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> template.removeQuestion(1)).isInstanceOf(IllegalTransition.class);
        SurveyTemplate next = template.nextVersion(2, "admin", NOW);
        assertThat(next.getStatus()).isEqualTo(TemplateStatus.DRAFT);
        assertThat(next.getQuestions()).hasSize(4);
        next.removeQuestion(1);
        assertThat(next.getQuestions()).extracting(SurveyQuestion::getPosition).containsExactly(1, 2, 3);
        assertThat(template.getQuestions()).hasSize(4);
    }

    @Test
    void publishingNeedsExactlyOneOverallScale() throws Exception {
        SurveyTemplate none = SurveyTemplate.create("CARD", "卡", "Card", "admin", NOW);
        assertThatThrownBy(() -> none.publish(NOW))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("survey.error.noQuestions"));
        none.addQuestion(QuestionKind.SCALE, true, false, "态度", "Courtesy", null, null);
        assertThatThrownBy(() -> none.publish(NOW))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("survey.error.oneOverall"));
        assertThatThrownBy(() -> none.addQuestion(QuestionKind.YES_NO, true, true, "满意？", "Satisfied?", null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("survey.error.overallIsScale"));
        assertThatThrownBy(() -> none.addQuestion(QuestionKind.CHOICE, true, false, "哪个", "Which", "一", "One"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("survey.error.choices"));
    }

    @Test
    void answersAreCheckedByKindAndARequiredOneIsNamedByItsPosition() throws Exception {
        SurveyTemplate template = card();
        template.publish(NOW);
        SurveyTemplate.Answered answered = template.answer(answers("false", "1", "4", " "));
        assertThat(answered.overall()).isEqualTo(4);
        assertThat(answered.answers()).hasSize(3);
        assertThatThrownBy(() -> template.answer(answers("", "1", "4", "")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("q1");
                    assertThat(e.messageKey()).isEqualTo("survey.error.required");
                });
        assertThatThrownBy(() -> template.answer(answers("true", "2", "4", "")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("q2"));
        assertThatThrownBy(() -> template.answer(answers("true", "0", "6", "")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("q3"));
        assertThatThrownBy(() -> template.answer(answers("true", "0", "", "")))
                .as("the overall question is always required").isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> template.answer(answers("maybe", "0", "3", "")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("q1"));
    }

    @Test
    void satisfiedMeansTheOverallScoreAtOrAboveThePolicysScore() {
        assertThat(Satisfaction.satisfied(4, 4)).isTrue();
        assertThat(Satisfaction.satisfied(3, 4)).isFalse();
        assertThat(Satisfaction.satisfied(4, 5)).isFalse();
        assertThat(Satisfaction.satisfied(5, 5)).isTrue();
    }
}
