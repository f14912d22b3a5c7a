package com.aftersales.crm.dispatch.entity;

import com.aftersales.crm.shared.SlaBadge;
import com.aftersales.crm.dispatch.entity.DispatchAction;
import com.aftersales.crm.dispatch.entity.DispatchOrder;
import com.aftersales.crm.dispatch.entity.DispatchStatus;
import com.aftersales.crm.shared.Severity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A dispatch order as lists and the case page show it; {@code visitLate} when the agreed time plus the tolerance has
 * passed and nobody is on site yet. {@code technicians} is the crew as one text with the level codes (kept for the REST
 * API); screens show {@code crew}, whose levels they name in the user's language. {@code sla} is the case's badge (its
 * nearest running clock), {@code onSiteSla} the on-site clock alone; {@code version} the order's, for optimistic
 * concurrency (the API's ETag).
 */
public record OrderRow(long id, long caseId, String customerName, String customerPhone, String address, String caseType,
                       String severity, String status, boolean repair, Instant agreedVisitAt, int toleranceMinutes,
                       Instant sentAt, String provider, String technicians, List<CrewMember> crew, Instant onSiteAt, Boolean punctual,
                       String customerOpinion, String customerRemarks, String handling, String materials,
                       Instant returnedAt, String checkedBy, String instructions, boolean visitLate, SlaBadge sla,
                       SlaBadge onSiteSla, long version)
        implements Serializable {

    /**
     * The order a case's check is about: the returned one not yet checked (the latest, should there be more). The case
     * page offers the check on it and the API checks it.
     */
    public static Optional<OrderRow> toCheck(List<OrderRow> ordersOfCase) {
        return ordersOfCase.stream().filter(OrderRow::awaitingCheck).reduce((earlier, later) -> later);
    }

    public boolean awaitingCheck() {
        return allows(DispatchAction.CHECK) && checkedBy == null;
    }

    public boolean major() {
        return Severity.MAJOR.name().equals(severity);
    }

    public boolean canAccept() {
        return allows(DispatchAction.ACCEPT);
    }

    public boolean canSchedule() {
        return allows(DispatchAction.SCHEDULE);
    }

    public boolean canArrive() {
        return allows(DispatchAction.ARRIVE);
    }

    public boolean canComplete() {
        return allows(DispatchAction.COMPLETE);
    }

    public boolean canReturn() {
        return allows(DispatchAction.RETURN);
    }

    /** The service department withdraws an order before the technician is on site. */
    public boolean canCancel() {
        return allows(DispatchAction.CANCEL);
    }

    private boolean allows(DispatchAction action) {
        return DispatchOrder.allows(DispatchStatus.valueOf(status), action);
    }
}
