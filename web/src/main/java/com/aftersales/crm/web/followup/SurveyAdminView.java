package com.aftersales.crm.web.followup;

import com.aftersales.crm.survey.boundary.QuestionDraft;
import com.aftersales.crm.survey.boundary.QuestionView;
import com.aftersales.crm.survey.boundary.SurveyTemplates;
import com.aftersales.crm.survey.boundary.TemplateView;
import com.aftersales.crm.survey.entity.TemplateStatus;
import com.aftersales.crm.web.shell.AfterRefusal;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;
import lombok.Getter;

/**
 * The questionnaire editor (admin): every version with its status; a draft is edited question by question and
 * published, which retires the version in use. Published versions are read-only, so recorded answers keep their meaning.
 */
@Named
@ViewScoped
@Refusals(form = "questionForm", labels = "survey.field.", pageFields = {"questions", "position"},
        concurrent = "survey.error.notDraft", illegal = "survey.error.notDraft")
public class SurveyAdminView implements Serializable, AfterRefusal {

    @Inject
    SurveyTemplates templates;

    @Getter private List<TemplateView> versions;
    @Getter private TemplateView selected;
    @Getter private QuestionDraft question;
    private Integer editing;

    public void load() {
        versions = templates.versions();
        selected = versions.isEmpty() ? null : versions.get(0);
    }

    public void select(long id) {
        selected = templates.version(id);
    }

    @Override
    public void reload() {
        load();
    }

    public void newDraft() {
        long id = templates.draft();
        versions = templates.versions();
        selected = templates.version(id);
    }

    public void startAdd() {
        question = new QuestionDraft();
        editing = null;
    }

    public void startEdit(QuestionView q) {
        question = QuestionDraft.of(q);
        editing = q.position();
    }

    public void saveQuestion() {
        if (editing == null) {
            templates.addQuestion(selected.id(), question);
        } else {
            templates.changeQuestion(selected.id(), editing, question);
        }
        selected = templates.version(selected.id());
        PrimeFaces.current().executeScript("PF('questionDialog').hide()");
    }

    public void remove(int position) {
        templates.removeQuestion(selected.id(), position);
        selected = templates.version(selected.id());
    }

    public void publish() {
        templates.publish(selected.id());
        Messages.info("survey.published", selected.version());
        load();
    }

    public boolean isDraft() {
        return selected != null && selected.status() == TemplateStatus.DRAFT;
    }
}
