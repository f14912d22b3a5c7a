package com.aftersales.crm.followup.boundary;

import com.aftersales.crm.followup.entity.FollowUpKind;
import com.aftersales.crm.followup.entity.FollowUpStatus;

import java.io.Serializable;

/** The agents' follow-up search: status (open by default), kind, overdue only, and a follow-up no., customer name or phone. */
public class FollowUpFilter implements Serializable {

    private FollowUpStatus status = FollowUpStatus.OPEN;
    private FollowUpKind kind;
    private boolean overdueOnly;
    private String text;

    public FollowUpStatus getStatus() {
        return status;
    }

    public void setStatus(FollowUpStatus status) {
        this.status = status;
    }

    public FollowUpKind getKind() {
        return kind;
    }

    public void setKind(FollowUpKind kind) {
        this.kind = kind;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null || text.isBlank() ? null : text.trim();
    }
}
