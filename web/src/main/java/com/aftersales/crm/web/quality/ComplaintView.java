package com.aftersales.crm.web.quality;

import com.aftersales.crm.quality.boundary.ComplaintDetail;
import com.aftersales.crm.quality.entity.ComplaintHistoryEntry;
import com.aftersales.crm.quality.boundary.QualityComplaints;
import com.aftersales.crm.web.shell.AfterRefusal;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.RecordPage;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import lombok.Getter;
import lombok.Setter;

/** One quality complaint: the form, its files, its history; where it waits for the answer, the supervisor answers here. */
@Named
@ViewScoped
public class ComplaintView extends RecordPage implements AfterRefusal {

    @Inject
    QualityComplaints complaints;

    @Getter private ComplaintDetail detail;
    @Getter private List<ComplaintHistoryEntry> history;
    @Getter @Setter private String decidedHandling;
    @Getter @Setter private String answerReason;

    public void load() {
        requiredId("quality complaint");
        detail = complaints.detail(id);
        history = complaints.history(id);
    }

    @Override
    public void reload() {
        load();
    }

    @Refusals(form = "answerForm", labels = "quality.field.", concurrent = "quality.error.concurrent", steps = "quality")
    public void answer() {
        complaints.answer(id, decidedHandling, answerReason);
        Messages.info("quality.answered");
        load();
    }

    public String badge() {
        return ComplaintListView.badgeText(detail.badge());
    }
}
