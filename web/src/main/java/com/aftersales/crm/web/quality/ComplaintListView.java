package com.aftersales.crm.web.quality;

import com.aftersales.crm.quality.entity.ComplaintFilter;
import com.aftersales.crm.quality.entity.ComplaintRow;
import com.aftersales.crm.web.shell.PagedRows;
import com.aftersales.crm.quality.boundary.QualityComplaints;
import com.aftersales.crm.quality.entity.AnswerBadge;
import com.aftersales.crm.quality.entity.ComplaintStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import lombok.Getter;

/**
 * The quality complaints the user may see: a dealer's own ("my quality complaints"), or for the supervisors the queue
 * of forms waiting for the company's answer, the nearest deadline first. Paged and sorted by the database.
 */
@Named
@ViewScoped
public class ComplaintListView implements Serializable {

    @Inject
    QualityComplaints complaints;

    @Getter private final ComplaintFilter filter = new ComplaintFilter();
    @Getter private PagedRows<ComplaintRow> rows;

    @PostConstruct
    void init() {
        rows = new PagedRows<>(() -> complaints.count(filter),
                (first, max, sortField, ascending) -> complaints.list(filter, first, max, sortField, ascending), ComplaintRow::id, "lastActionAt", false);
    }

    /** The supervisors' queue: submitted forms, the one due first at the top. */
    public void queue() {
        filter.setStatus(ComplaintStatus.SUBMITTED);
        rows.defaultOrder("answerDue", true);
    }

    public boolean isCapped() {
        return rows.getRowCount() > QualityComplaints.COUNT_CAP;
    }

    /** The badge's words: "3 h 20 min left", "overdue 1 h 5 min", "answered in time"… */
    public static String badgeText(AnswerBadge badge) {
        return switch (badge.state()) {
            case NONE -> "";
            case RUNNING -> com.aftersales.crm.web.shell.Messages.text("quality.badge.RUNNING", badge.hours(), badge.restMinutes());
            case OVERDUE -> com.aftersales.crm.web.shell.Messages.text("quality.badge.OVERDUE", badge.hours(), badge.restMinutes());
            default -> com.aftersales.crm.web.shell.Messages.text("quality.badge." + badge.state().name());
        };
    }

    public String badge(AnswerBadge badge) {
        return badgeText(badge);
    }

    public String badgeSeverity(AnswerBadge badge) {
        return switch (badge.state()) {
            case RUNNING -> badge.minutes() < 240 ? "warning" : "info";
            case OVERDUE, MISSED -> "danger";
            case MET -> "success";
            case NONE -> "secondary";
        };
    }
}
