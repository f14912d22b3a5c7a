package com.aftersales.crm.installation.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The warranty an installation carries on a given day: free (免费保修) until the end of the free period, paid
 * service (有偿服务) after it, or excluded (免责) for the listed reasons — with the policy versions it came from. An
 * archive the provider sent late or never (只提供技术支持, manual 000 第七章 6.8) gets technical support only, no material
 * support: within the free period its status is {@code TECHNICAL_SUPPORT_ONLY}, never free; the flag stays on it after.
 */
public record Warranty(Status status, LocalDate freeUntil, List<Exclusion> exclusions,
                       long freePeriodPolicyId, long cardRulePolicyId, boolean technicalSupportOnly) implements Serializable {

    public enum Status { FREE, TECHNICAL_SUPPORT_ONLY, PAID, EXCLUDED }

    public static Warranty assess(LocalDate installedOn, boolean authorisedInstaller, String warrantyCardNo,
                                  Set<Exclusion> recorded, int freePeriodMonths, LocalDate cardRequiredFrom, LocalDate today,
                                  long freePeriodPolicyId, long cardRulePolicyId) {
        return assess(installedOn, authorisedInstaller, warrantyCardNo, recorded, freePeriodMonths, cardRequiredFrom, today,
                freePeriodPolicyId, cardRulePolicyId, false);
    }

    /**
     * @param freePeriodMonths the free period policy's value (default 12)
     * @param cardRequiredFrom installations from this day on need a warranty card (default 2007-05-01)
     */
    public static Warranty assess(LocalDate installedOn, boolean authorisedInstaller, String warrantyCardNo,
                                  Set<Exclusion> recorded, int freePeriodMonths, LocalDate cardRequiredFrom, LocalDate today,
                                  long freePeriodPolicyId, long cardRulePolicyId, boolean technicalSupportOnly) {
        EnumSet<Exclusion> exclusions = recorded.isEmpty() ? EnumSet.noneOf(Exclusion.class) : EnumSet.copyOf(recorded);
        if (!authorisedInstaller) {
            exclusions.add(Exclusion.NON_AUTHORISED_INSTALLER);
        }
        if (!installedOn.isBefore(cardRequiredFrom) && (warrantyCardNo == null || warrantyCardNo.isBlank())) {
            exclusions.add(Exclusion.NO_WARRANTY_CARD);
        }
        LocalDate freeUntil = installedOn.plusMonths(freePeriodMonths).minusDays(1);
        Status status = !exclusions.isEmpty() ? Status.EXCLUDED : today.isAfter(freeUntil) ? Status.PAID
                : technicalSupportOnly ? Status.TECHNICAL_SUPPORT_ONLY : Status.FREE;
        return new Warranty(status, freeUntil, List.copyOf(exclusions), freePeriodPolicyId, cardRulePolicyId,
                technicalSupportOnly);
    }
}
