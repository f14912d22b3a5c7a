package com.aftersales.crm.web.assessment;

import com.aftersales.crm.assessment.entity.LineRow;
import com.aftersales.crm.assessment.boundary.Scorecard;

import java.io.Serializable;
import java.util.List;

/**
 * A provider's year as the scorecard include shows it, for the supervisor's and the provider's page alike: the
 * scorecard and the lines of the one month picked ({@code linesMonth} null before one is).
 */
public record ProviderYear(Scorecard card, String linesMonth, List<LineRow> lines) implements Serializable {

    /** A provider not scored that year: no scorecard, no lines; not an error. */
    static final ProviderYear NONE = new ProviderYear(null, null, List.of());

    ProviderYear withMonth(String month, List<LineRow> monthLines) {
        return new ProviderYear(card, month, monthLines);
    }
}
