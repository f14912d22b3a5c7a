package com.aftersales.crm.installation.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The warranty an installation carries on a given day: free (免费保修) until the end of the free period, paid
 * service (有偿服务) after it, or excluded (免责) for the listed reasons — with the policy versions it came from.
 */
public record Warranty(Status status, LocalDate freeUntil, List<Exclusion> exclusions,
                       long freePeriodPolicyId, long cardRulePolicyId) implements Serializable {

    public enum Status { FREE, PAID, EXCLUDED }

    /**
     * @param freePeriodMonths the free period policy's value (default 12)
     * @param cardRequiredFrom installations from this day on need a warranty card (default 2007-05-01)
     */
    public static Warranty assess(LocalDate installedOn, boolean authorisedInstaller, String warrantyCardNo,
                                  Set<Exclusion> recorded, int freePeriodMonths, LocalDate cardRequiredFrom, LocalDate today,
                                  long freePeriodPolicyId, long cardRulePolicyId) {
        EnumSet<Exclusion> exclusions = recorded.isEmpty() ? EnumSet.noneOf(Exclusion.class) : EnumSet.copyOf(recorded);
        if (!authorisedInstaller) {
            exclusions.add(Exclusion.NON_AUTHORISED_INSTALLER);
        }
        if (!installedOn.isBefore(cardRequiredFrom) && (warrantyCardNo == null || warrantyCardNo.isBlank())) {
            exclusions.add(Exclusion.NO_WARRANTY_CARD);
        }
        LocalDate freeUntil = installedOn.plusMonths(freePeriodMonths).minusDays(1);
        Status status = !exclusions.isEmpty() ? Status.EXCLUDED : today.isAfter(freeUntil) ? Status.PAID : Status.FREE;
        return new Warranty(status, freeUntil, List.copyOf(exclusions), freePeriodPolicyId, cardRulePolicyId);
    }
}
