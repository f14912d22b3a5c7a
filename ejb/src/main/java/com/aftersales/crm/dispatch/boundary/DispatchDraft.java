package com.aftersales.crm.dispatch.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A dispatch order as the agent writes it after agreeing a visit with the customer: the provider, the technicians,
 * the agreed time (China time, as said on the phone), whether it is a repair, and instructions for the technician.
 */
public class DispatchDraft implements Serializable {

    @NotNull
    private Long providerId;

    private List<Long> technicianIds = new ArrayList<>();

    @NotNull
    private LocalDateTime agreedVisitAt;

    /** Null: a repair when the case is one; false on a repair case is refused (DispatchOrder.repairFor). */
    private Boolean repair;

    @Size(max = 1000)
    private String instructions;

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public List<Long> getTechnicianIds() {
        return technicianIds;
    }

    public void setTechnicianIds(List<Long> technicianIds) {
        this.technicianIds = technicianIds == null ? new ArrayList<>() : new ArrayList<>(technicianIds);
    }

    public LocalDateTime getAgreedVisitAt() {
        return agreedVisitAt;
    }

    public void setAgreedVisitAt(LocalDateTime agreedVisitAt) {
        this.agreedVisitAt = agreedVisitAt;
    }

    public Boolean getRepair() {
        return repair;
    }

    public void setRepair(Boolean repair) {
        this.repair = repair;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }
}
