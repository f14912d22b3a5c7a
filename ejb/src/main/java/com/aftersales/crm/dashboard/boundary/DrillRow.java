package com.aftersales.crm.dashboard.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * One record behind a figure: a survey answer, a follow-up, a service case, an information item or a provider's
 * month. {@code code} is what the record is (an overall score, a follow-up kind, a case type, an information
 * category), {@code detail} what it says (a comment, a status, a responsibility, a subject, a deduction);
 * {@code outcome} a bundle key suffix (dashboard.outcome.*): SATISFIED, MET, MISSED, NOT_REACHED…
 */
public record DrillRow(long id, Instant at, String customer, String organisation, String code, String detail,
                       String outcome)
        implements Serializable {
}
