package com.aftersales.crm.returns.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The warranty of the installation an after-sale return is about, as the installation archive assesses it today
 * (this area does not derive it again): FREE, PAID (past the free period) or EXCLUDED with the exclusion codes.
 */
public record WarrantyFacts(String status, LocalDate freeUntil, List<String> exclusions) implements Serializable {

    public WarrantyFacts {
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
    }
}
