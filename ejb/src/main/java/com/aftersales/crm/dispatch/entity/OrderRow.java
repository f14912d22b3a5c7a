package com.aftersales.crm.dispatch.entity;

import com.aftersales.crm.servicecase.entity.SlaBadge;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A dispatch order as lists and the case page show it; {@code visitLate} when the agreed time plus the tolerance has
 * passed and nobody is on site yet. {@code technicians} is the crew as one text with the level codes (kept for the REST
 * API); screens show {@code crew}, whose levels they name in the user's language. {@code sla} is the case's badge (its
 * nearest running clock), {@code onSiteSla} the on-site clock alone.
 */
public record OrderRow(long id, long caseId, String customerName, String customerPhone, String address, String caseType,
                       String severity, String status, boolean repair, Instant agreedVisitAt, int toleranceMinutes,
                       Instant sentAt, String provider, String technicians, List<CrewMember> crew, Instant onSiteAt, Boolean punctual,
                       String customerOpinion, String customerRemarks, String handling, String materials,
                       Instant returnedAt, String checkedBy, String instructions, boolean visitLate, SlaBadge sla,
                       SlaBadge onSiteSla)
        implements Serializable {
}
