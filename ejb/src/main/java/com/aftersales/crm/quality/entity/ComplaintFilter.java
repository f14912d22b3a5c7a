package com.aftersales.crm.quality.entity;


import java.io.Serializable;

/** What a complaint list shows: one status or all, optionally only those whose answer is overdue. */
public class ComplaintFilter implements Serializable {

    private ComplaintStatus status;
    private boolean overdueOnly;

    public ComplaintStatus getStatus() {
        return status;
    }

    public void setStatus(ComplaintStatus status) {
        this.status = status;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }
}
