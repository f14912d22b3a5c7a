package com.aftersales.crm.dispatch.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * A dispatch order as the agent writes it after agreeing a visit with the customer: the provider, the technicians,
 * the agreed time (China time, as said on the phone), whether it is a repair, and instructions for the technician.
 */
public class DispatchDraft implements Serializable {

    @NotNull
    @Getter @Setter private Long providerId;

    @Getter private List<Long> technicianIds = new ArrayList<>();

    @NotNull
    @Getter @Setter private LocalDateTime agreedVisitAt;

    /** Null: a repair when the case is one; false on a repair case is refused (DispatchOrder.repairFor). */
    @Getter @Setter private Boolean repair;

    @Size(max = 1000)
    @Getter @Setter private String instructions;

    public void setTechnicianIds(List<Long> technicianIds) {
        this.technicianIds = technicianIds == null ? new ArrayList<>() : new ArrayList<>(technicianIds);
    }
}
