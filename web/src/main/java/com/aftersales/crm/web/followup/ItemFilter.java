package com.aftersales.crm.web.followup;

import com.aftersales.crm.followup.entity.ItemStatus;

import java.io.Serializable;

/** The follow-up items list's filter bar: one status (awaiting a reply by default, blank: all), only the late ones. */
public class ItemFilter implements Serializable {

    private ItemStatus status = ItemStatus.AWAITING_REPLY;
    private boolean overdueOnly;

    public ItemStatus getStatus() {
        return status;
    }

    public void setStatus(ItemStatus status) {
        this.status = status;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }
}
