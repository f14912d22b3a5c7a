package com.aftersales.crm.dispatch.entity;

import com.aftersales.crm.shared.CaseType;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import lombok.Getter;

/**
 * 派工单: a visit the service department orders from a provider and its technicians, at a time agreed with the
 * customer and promised with a tolerance (半个小时误差). Its states run forward only; the returned order carries the
 * customer's opinion, the handling and the materials used.
 */
@Getter
@Entity
public class DispatchOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long caseId;

    @Column(updatable = false)
    private long providerId;

    @Column(updatable = false)
    private boolean repair;

    private Instant agreedVisitAt;

    @Column(updatable = false)
    private int toleranceMinutes;

    @Column(updatable = false)
    private long tolerancePolicyId;

    private DispatchStatus status;

    private String instructions;

    @Column(updatable = false)
    private Instant sentAt;

    private Instant acceptedAt;

    private Instant scheduledAt;

    private Instant onSiteAt;

    private Boolean punctual;

    private Instant doneAt;

    private Instant returnedAt;

    private CustomerOpinion customerOpinion;

    private String customerRemarks;

    private String handling;

    private String materials;

    private String checkedBy;

    private Instant checkedAt;

    @Column(updatable = false)
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dispatch_technician", joinColumns = @JoinColumn(name = "order_id"))
    @Column(name = "technician_id")
    private Set<Long> technicianIds = new HashSet<>();

    @Version
    private long version;

    protected DispatchOrder() {
    }

    /**
     * Whether an order for a case of this type is a repair (维修): a repair case's order always is — so that its crew
     * rule (no trainee or junior, 见习或初级服务师不能派去维修) cannot be dropped by unticking a box —, and the agent may
     * treat any other visit as one too (stricter, never looser). {@code asked} null: what the case type says.
     */
    public static boolean repairFor(CaseType caseType, Boolean asked) {
        if (caseType == CaseType.REPAIR) {
            if (Boolean.FALSE.equals(asked)) {
                throw new InvalidInput("repair", "dispatch.error.repairCaseIsRepair");
            }
            return true;
        }
        return Boolean.TRUE.equals(asked);
    }

    /** The crew has been checked by the caller (certificates, no learner alone or on a repair). */
    public DispatchOrder(long caseId, long providerId, List<Long> technicianIds, boolean repair, Instant agreedVisitAt,
                         int toleranceMinutes, long tolerancePolicyId, String instructions, Instant now, String createdBy) {
        if (agreedVisitAt == null) {
            throw new InvalidInput("agreedVisitAt", "validation.required");
        }
        if (agreedVisitAt.isBefore(now.minus(Duration.ofMinutes(toleranceMinutes)))) {
            throw new InvalidInput("agreedVisitAt", "dispatch.error.visitInPast");
        }
        this.caseId = caseId;
        this.providerId = providerId;
        this.technicianIds = new HashSet<>(technicianIds);
        this.repair = repair;
        this.agreedVisitAt = agreedVisitAt;
        this.toleranceMinutes = toleranceMinutes;
        this.tolerancePolicyId = tolerancePolicyId;
        this.instructions = instructions == null || instructions.isBlank() ? null : instructions.trim();
        this.sentAt = now;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.status = DispatchStatus.SENT;
    }

    /** The provider takes the order (接单). */
    public void accept(Instant now) {
        require(DispatchAction.ACCEPT, DispatchStatus.SENT);
        acceptedAt = now;
        status = DispatchStatus.ACCEPTED;
    }

    /**
     * The provider called the customer and confirmed the visit (预约) — at the agreed time or at another one the
     * customer chose.
     */
    public void schedule(Instant visitAt, Instant now) {
        require(DispatchAction.SCHEDULE, DispatchStatus.ACCEPTED);
        if (visitAt != null) {
            if (visitAt.isBefore(now.minus(Duration.ofMinutes(toleranceMinutes)))) {
                throw new InvalidInput("agreedVisitAt", "dispatch.error.visitInPast");
            }
            agreedVisitAt = visitAt;
        }
        scheduledAt = now;
        status = DispatchStatus.SCHEDULED;
    }

    /** The technician arrived: punctual when within the agreed time ± the tolerance. */
    public void arrive(Instant now) {
        require(DispatchAction.ARRIVE, DispatchStatus.SCHEDULED);
        onSiteAt = now;
        punctual = isWithinTolerance(now);
        status = DispatchStatus.ON_SITE;
    }

    public boolean isWithinTolerance(Instant arrival) {
        Duration tolerance = Duration.ofMinutes(toleranceMinutes);
        return !arrival.isBefore(agreedVisitAt.minus(tolerance)) && !arrival.isAfter(agreedVisitAt.plus(tolerance));
    }

    public void complete(Instant now) {
        require(DispatchAction.COMPLETE, DispatchStatus.ON_SITE);
        doneAt = now;
        status = DispatchStatus.DONE;
    }

    /** 回单: the order comes back with the customer's opinion, what was done and with which materials. */
    public void returnOrder(CustomerOpinion opinion, String remarks, String handling, String materials, Instant now) {
        require(DispatchAction.RETURN, DispatchStatus.DONE);
        if (opinion == null) {
            throw new InvalidInput("customerOpinion", "validation.required");
        }
        if (handling == null || handling.isBlank()) {
            throw new InvalidInput("handling", "validation.required");
        }
        customerOpinion = opinion;
        customerRemarks = remarks == null || remarks.isBlank() ? null : remarks.trim();
        this.handling = handling.trim();
        this.materials = materials == null || materials.isBlank() ? null : materials.trim();
        returnedAt = now;
        status = DispatchStatus.RETURNED;
    }

    /** The service department withdraws the order before the technician is on site. */
    public void cancel(Instant now) {
        if (status != DispatchStatus.SENT && status != DispatchStatus.ACCEPTED && status != DispatchStatus.SCHEDULED) {
            throw new IllegalTransition("order", status, DispatchAction.CANCEL);
        }
        status = DispatchStatus.CANCELLED;
    }

    /** The agent read the returned order (检查派工单). */
    public void check(String agent, Instant now) {
        require(DispatchAction.CHECK, DispatchStatus.RETURNED);
        if (checkedAt != null) {
            throw new IllegalTransition("order", status, DispatchAction.CHECK);
        }
        checkedBy = agent;
        checkedAt = now;
    }

    /**
     * Whether an order in this state allows the step: the state machine of the steps above, for the portal and the API
     * to ask before they offer a step (the step itself still refuses what its state does not allow).
     */
    public static boolean allows(DispatchStatus status, DispatchAction action) {
        return switch (action) {
            case ACCEPT -> status == DispatchStatus.SENT;
            case SCHEDULE -> status == DispatchStatus.ACCEPTED;
            case ARRIVE -> status == DispatchStatus.SCHEDULED;
            case COMPLETE -> status == DispatchStatus.ON_SITE;
            case RETURN -> status == DispatchStatus.DONE;
            case CANCEL -> status == DispatchStatus.SENT || status == DispatchStatus.ACCEPTED || status == DispatchStatus.SCHEDULED;
            case CHECK -> status == DispatchStatus.RETURNED;
        };
    }

    public boolean isLive() {
        return status != DispatchStatus.RETURNED && status != DispatchStatus.CANCELLED;
    }

    private void require(DispatchAction action, DispatchStatus expected) {
        if (status != expected) {
            throw new IllegalTransition("order", status, action);
        }
    }

    public Set<Long> getTechnicianIds() {
        return Set.copyOf(technicianIds);
    }
}
