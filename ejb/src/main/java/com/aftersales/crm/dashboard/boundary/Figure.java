package com.aftersales.crm.dashboard.boundary;

import com.aftersales.crm.dashboard.entity.Rates;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One figure of a view: what it is about (key and label), its denominator and its numerator — answered and
 * satisfied surveys, clocks and clocks met, installations and complaints, judged cases and cases of one responsibility.
 */
public record Figure(String key, String label, long total, long hits) implements Serializable {

    public BigDecimal percent() {
        return Rates.percent(hits, total);
    }

    public BigDecimal perThousand() {
        return Rates.perThousand(hits, total);
    }
}
