package com.aftersales.crm.web.followup;

import com.aftersales.crm.installation.boundary.Customer360;
import com.aftersales.crm.installation.boundary.Installations;
import com.aftersales.crm.followup.boundary.CallSheet;
import com.aftersales.crm.followup.boundary.FollowUps;
import com.aftersales.crm.followup.entity.CallOutcome;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.survey.boundary.AnswerView;
import com.aftersales.crm.survey.boundary.QuestionView;
import com.aftersales.crm.survey.boundary.SurveyResult;
import com.aftersales.crm.survey.boundary.Surveys;
import com.aftersales.crm.survey.boundary.TemplateView;
import com.aftersales.crm.web.shell.AfterRefusal;
import com.aftersales.crm.web.shell.LanguageView;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.RecordPage;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;

/**
 * The call screen of one follow-up: the customer at a glance, why the call is made and by when, the script, the
 * attempts so far; the agent records an outcome, or — the customer reached — the survey. A refused step says why in
 * the user's language and names the question at fault.
 */
@Named
@ViewScoped
public class FollowUpCallView extends RecordPage implements AfterRefusal {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    FollowUps followUps;

    @Inject
    Surveys surveys;

    @Inject
    Installations installations;

    @Inject
    LanguageView language;

    @Getter private CallSheet sheet;
    @Getter private Customer360 customer;
    @Getter private TemplateView template;
    @Getter private final Map<Long, String> answers = new HashMap<>();
    @Getter @Setter private String note;
    @Getter @Setter private LocalDateTime callBackAt;
    @Getter private SurveyResult result;

    public void load() {
        requiredId("follow-up");
        refresh();
        template = surveys.published();
    }

    private void refresh() {
        sheet = followUps.sheet(id);
        customer = installations.view360(sheet.followUp().customerId());
    }

    @Override
    public void reload() {
        refresh();
    }

    @Refusals(form = "call", labels = "followup.field.", field = "note", ownFields = "callBackAt",
            concurrent = "followup.error.notOpen", illegal = "followup.error.notOpen")
    public void attempt(CallOutcome outcome) {
        followUps.attempt(id, outcome, callBackAt == null ? null : callBackAt.atZone(CHINA).toInstant(), note);
        Messages.info("followup.attempt.saved", Messages.text("followup.outcome." + outcome.name()));
        note = null;
        callBackAt = null;
        refresh();
    }

    @Refusals
    public void survey() {
        try {
            result = followUps.survey(id, template.id(), answers, note);
            Messages.info(result.satisfied() ? "followup.survey.satisfied" : "followup.survey.unsatisfied", result.overall());
            note = null;
        } catch (InvalidInput invalid) {
            // said with the question at fault, as the questionnaire the agent has on screen numbers and words it
            QuestionView question = template.questions().stream().filter(q -> q.field().equals(invalid.field()))
                    .findFirst().orElse(null);
            if (question != null) {
                Messages.error("survey.error.question", question.position(), question.text(isEnglish()),
                        Messages.text(invalid.messageKey()));
            } else {
                Messages.error(invalid.messageKey());
            }
        } catch (IllegalTransition refused) {
            // the questionnaire was replaced while the screen was open, or the follow-up was finished meanwhile:
            // the new questionnaire is shown to be asked again
            template = surveys.published();
            Messages.error("followup.error.stale");
        }
        refresh();
    }

    public String nextCall() {
        return followUps.nextCall().map(FollowUpQueueView::callScreen).orElseGet(() -> {
            Messages.info("followup.queue.empty");
            return null;
        });
    }

    public String release() {
        followUps.release(id);
        return "/agent/follow-ups?faces-redirect=true";
    }

    /** The survey's answers once recorded, beside the questions of the version asked. */
    public List<AnswerView> getAnswered() {
        Long responseId = sheet.followUp().responseId();
        return responseId == null ? List.of() : surveys.answers(responseId);
    }

    /** An answer as the agent gave it: the score, yes/no, the choice's text, or the text. */
    public String answerText(AnswerView answer) {
        if (answer.text() != null) {
            return answer.text();
        }
        return switch (answer.kind()) {
            case YES_NO -> Messages.text(answer.score() == 1 ? "survey.yes" : "survey.no");
            case CHOICE -> (isEnglish() ? answer.choicesEn() : answer.choicesZh()).get(answer.score());
            default -> answer.score() + "/5";
        };
    }

    public boolean isOpen() {
        return sheet.followUp().open();
    }

    public boolean isOverdue() {
        return sheet.followUp().overdue(Instant.now());
    }

    public boolean isEnglish() {
        return "en".equals(language.getLocale().getLanguage());
    }

    /** The script for this kind of call, with the customer's name. */
    public String getScript() {
        return Messages.text("followup.script." + sheet.followUp().kind().name(), customer.customer().name());
    }

    public List<Integer> getScale() {
        return List.of(1, 2, 3, 4, 5);
    }

    public CallOutcome[] getFailedOutcomes() {
        return new CallOutcome[]{CallOutcome.NO_ANSWER, CallOutcome.BUSY, CallOutcome.WRONG_NUMBER, CallOutcome.REFUSED};
    }
}
