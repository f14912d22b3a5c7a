package com.aftersales.crm.assessment.entity;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The coefficient table: score bands → grade and coefficient. The seed's own table is lost; the defaults (policy data,
 * edited by an administrator) are ≥ 95 → A 1.2 (the manual's example), 90–95 → B 1.0, 85–90 → C 0.8, below → 0. A band's
 * lower bound is inclusive: 95 is A, 94.99 is B.
 */
public record CoefficientTable(List<CoefficientBand> bands) {

    public CoefficientTable {
        bands = bands.stream().sorted(Comparator.comparing(CoefficientBand::from).reversed()).toList();
    }

    /** The band the average falls in, empty below the lowest (coefficient 0). */
    public java.util.Optional<CoefficientBand> bandFor(BigDecimal average) {
        return bands.stream().filter(band -> average.compareTo(band.from()) >= 0).findFirst();
    }

    public Grade gradeFor(BigDecimal average) {
        return bandFor(average).map(CoefficientBand::grade).orElse(Grade.NONE);
    }

    public BigDecimal coefficientFor(BigDecimal average) {
        return bandFor(average).map(CoefficientBand::coefficient).orElse(BigDecimal.ZERO);
    }
}
