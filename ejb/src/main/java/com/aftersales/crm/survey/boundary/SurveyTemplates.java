package com.aftersales.crm.survey.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.platform.control.Aggregates;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.survey.control.SurveyRepository;
import com.aftersales.crm.survey.entity.SurveyTemplate;
import com.aftersales.crm.survey.entity.TemplateStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.List;

/**
 * The admin's questionnaire editor. A published version is never edited: the admin opens a new draft version (a copy
 * of the latest), edits it and publishes it, which retires the version in use; answers already given keep pointing at
 * the questions they answered.
 */
@Stateless
@Secured(Duty.ADMINISTRATION)
public class SurveyTemplates {

    @Inject
    SurveyRepository surveys;

    @Inject
    Aggregates aggregates;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Every version of the questionnaire, newest first. */
    public List<TemplateView> versions() {
        return surveys.versions(Surveys.SERVICE_CARD).stream().map(TemplateView::of).toList();
    }

    public TemplateView version(long id) {
        return TemplateView.of(find(id));
    }

    /** The draft being edited, or a new one copied from the latest version. */
    public long draft() {
        SurveyTemplate last = surveys.latest(Surveys.SERVICE_CARD)
                .orElseThrow(() -> new NotFound("survey " + Surveys.SERVICE_CARD));
        if (last.getStatus() == TemplateStatus.DRAFT) {
            return last.getId();
        }
        SurveyTemplate next = last.nextVersion(last.getVersion() + 1, caller.require().username(), clock.instant());
        surveys.add(next);
        flush();
        return next.getId();
    }

    public void rename(long id, String nameZh, String nameEn) {
        find(id).rename(nameZh, nameEn);
        flush();
    }

    public void addQuestion(long id, @NotNull QuestionDraft q) {
        find(id).addQuestion(q.getKind(), q.isRequired(), q.isOverall(), q.getTextZh(), q.getTextEn(), q.getChoicesZh(),
                q.getChoicesEn());
        flush();
    }

    public void changeQuestion(long id, int position, @NotNull QuestionDraft q) {
        find(id).changeQuestion(position, q.getKind(), q.isRequired(), q.isOverall(), q.getTextZh(), q.getTextEn(),
                q.getChoicesZh(), q.getChoicesEn());
        flush();
    }

    public void removeQuestion(long id, int position) {
        find(id).removeQuestion(position);
        flush();
    }

    /** Publishes the draft; the version in use until now is retired in the same transaction. */
    public void publish(long id) {
        SurveyTemplate draft = find(id);
        surveys.inStatus(draft.getCode(), TemplateStatus.PUBLISHED).forEach(SurveyTemplate::retire);
        flush();
        draft.publish(clock.instant());
        flush();
    }

    private SurveyTemplate find(long id) {
        return aggregates.find(SurveyTemplate.class, id, "survey template");
    }

    private void flush() {
        surveys.saveTemplates();
    }
}
