package com.aftersales.crm.dispatch.entity;

import java.io.Serializable;

/** What an order list shows: live orders (not returned or cancelled) by default, one status, or overdue ones only. */
public class OrderFilter implements Serializable {

    private boolean liveOnly = true;
    private String status;
    private boolean overdueOnly;
    private Long providerId;

    public boolean isLiveOnly() {
        return liveOnly;
    }

    public void setLiveOnly(boolean liveOnly) {
        this.liveOnly = liveOnly;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() ? null : status;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }
}
