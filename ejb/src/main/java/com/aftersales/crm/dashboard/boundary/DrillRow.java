package com.aftersales.crm.dashboard.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * One record behind a figure: a survey answer, a follow-up, a service case, an information item or a provider's
 * month. {@code outcome} is a bundle key suffix (dashboard.outcome.*): SATISFIED, MET, MISSED, NOT_REACHED…
 */
public record DrillRow(long id, Instant at, String customer, String organisation, String detail, String outcome)
        implements Serializable {
}
