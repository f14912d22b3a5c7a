package com.aftersales.crm.servicecase.entity;

import java.io.Serializable;

/**
 * What a case list shows: everything in the caller's scope, narrowed by state (open = not closed), type, severity,
 * overdue or escalated only, a customer, a provider, and a text (a case number, or the start of the customer's name).
 */
public class CaseFilter implements Serializable {

    public enum Stage { OPEN, CLOSED, ALL }

    private Stage stage = Stage.OPEN;
    private String status;
    private String type;
    private String severity;
    private boolean overdueOnly;
    private boolean escalatedOnly;
    private Long customerId;
    private Long providerId;
    private String text;

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage == null ? Stage.ALL : stage;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() ? null : status;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type == null || type.isBlank() ? null : type;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity == null || severity.isBlank() ? null : severity;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public boolean isEscalatedOnly() {
        return escalatedOnly;
    }

    public void setEscalatedOnly(boolean escalatedOnly) {
        this.escalatedOnly = escalatedOnly;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null || text.isBlank() ? null : text.trim();
    }
}
