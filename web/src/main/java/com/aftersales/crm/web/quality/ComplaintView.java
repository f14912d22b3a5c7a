package com.aftersales.crm.web.quality;

import com.aftersales.crm.quality.boundary.ComplaintDetail;
import com.aftersales.crm.quality.entity.ComplaintHistoryEntry;
import com.aftersales.crm.quality.boundary.QualityComplaints;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.web.shell.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** One quality complaint: the form, its files, its history; where it waits for the answer, the supervisor answers here. */
@Named
@ViewScoped
public class ComplaintView implements Serializable {

    @Inject
    QualityComplaints complaints;

    private Long id;
    private ComplaintDetail detail;
    private List<ComplaintHistoryEntry> history;
    private String decidedHandling;
    private String answerReason;

    public void load() {
        if (id == null) {
            throw new NotFound("quality complaint");
        }
        detail = complaints.detail(id);
        history = complaints.history(id);
    }

    public void answer() {
        try {
            complaints.answer(id, decidedHandling, answerReason);
            Messages.info("quality.answered");
            load();
        } catch (InvalidInput invalid) {
            Feedback.onField("answerForm:" + invalid.field(), "quality.field." + invalid.field(), invalid.messageKey());
        } catch (IllegalTransition refused) {
            Feedback.illegalStep("quality", refused);
            load();
        } catch (ConcurrentChange conflict) {
            Messages.error("quality.error.concurrent");
            load();
        }
    }

    public String badge() {
        return ComplaintListView.badgeText(detail.badge());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ComplaintDetail getDetail() {
        return detail;
    }

    public List<ComplaintHistoryEntry> getHistory() {
        return history;
    }

    public String getDecidedHandling() {
        return decidedHandling;
    }

    public void setDecidedHandling(String decidedHandling) {
        this.decidedHandling = decidedHandling;
    }

    public String getAnswerReason() {
        return answerReason;
    }

    public void setAnswerReason(String answerReason) {
        this.answerReason = answerReason;
    }
}
