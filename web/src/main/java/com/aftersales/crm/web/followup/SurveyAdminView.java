package com.aftersales.crm.web.followup;

import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.survey.boundary.QuestionDraft;
import com.aftersales.crm.survey.boundary.QuestionView;
import com.aftersales.crm.survey.boundary.SurveyTemplates;
import com.aftersales.crm.survey.boundary.TemplateView;
import com.aftersales.crm.survey.entity.QuestionKind;
import com.aftersales.crm.survey.entity.TemplateStatus;
import com.aftersales.crm.web.shell.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/**
 * The questionnaire editor (admin): every version with its status; a draft is edited question by question and
 * published, which retires the version in use. Published versions are read-only, so recorded answers keep their meaning.
 */
@Named
@ViewScoped
public class SurveyAdminView implements Serializable {

    @Inject
    SurveyTemplates templates;

    private List<TemplateView> versions;
    private TemplateView selected;
    private QuestionDraft question;
    private Integer editing;

    public void load() {
        versions = templates.versions();
        selected = versions.isEmpty() ? null : versions.get(0);
    }

    public void select(long id) {
        selected = templates.version(id);
    }

    public void newDraft() {
        act(() -> {
            long id = templates.draft();
            versions = templates.versions();
            selected = templates.version(id);
        });
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
        boolean saved = act(() -> {
            if (editing == null) {
                templates.addQuestion(selected.id(), question);
            } else {
                templates.changeQuestion(selected.id(), editing, question);
            }
            selected = templates.version(selected.id());
        });
        if (saved) {
            PrimeFaces.current().executeScript("PF('questionDialog').hide()");
        }
    }

    public void remove(int position) {
        act(() -> {
            templates.removeQuestion(selected.id(), position);
            selected = templates.version(selected.id());
        });
    }

    public void publish() {
        if (act(() -> templates.publish(selected.id()))) {
            Messages.info("survey.published", selected.version());
            load();
        }
    }

    public boolean isDraft() {
        return selected != null && selected.status() == TemplateStatus.DRAFT;
    }

    private boolean act(Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidInput invalid) {
            if ("questions".equals(invalid.field()) || "position".equals(invalid.field())) {
                Messages.error(invalid.messageKey());
            } else {
                Messages.fieldError("questionForm:" + invalid.field(), "survey.field." + invalid.field(), invalid.messageKey());
            }
        } catch (IllegalTransition | ConcurrentChange refused) {
            Messages.error("survey.error.notDraft");
            load();
        }
        return false;
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    public List<TemplateView> getVersions() {
        return versions;
    }

    public TemplateView getSelected() {
        return selected;
    }

    public QuestionDraft getQuestion() {
        return question;
    }
}
