package com.aftersales.crm.followup.boundary;

import com.aftersales.crm.followup.entity.FollowUpKind;
import com.aftersales.crm.followup.entity.FollowUpStatus;

import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;

/** The agents' follow-up search: status (open by default), kind, overdue only, and a follow-up no., customer name or phone. */
public class FollowUpFilter implements Serializable {

    @Getter @Setter private FollowUpStatus status = FollowUpStatus.OPEN;
    @Getter @Setter private FollowUpKind kind;
    @Getter @Setter private boolean overdueOnly;
    @Getter private String text;

    public void setText(String text) {
        this.text = text == null || text.isBlank() ? null : text.trim();
    }
}
