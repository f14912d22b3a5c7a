package com.aftersales.crm.installation.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WarrantyTest {

    private static final LocalDate CARD_RULE = LocalDate.of(2007, 5, 1);
    private static final LocalDate INSTALLED = LocalDate.of(2025, 11, 24);

    private static Warranty on(LocalDate today, String card, Set<Exclusion> recorded, boolean authorised) {
        return Warranty.assess(INSTALLED, authorised, card, recorded, 12, CARD_RULE, today, 1, 2);
    }

    @Test
    void freeForOneYearFromInstallationThenPaid() {
        assertThat(on(LocalDate.of(2026, 11, 23), "BXK1", Set.of(), true).status()).isEqualTo(Warranty.Status.FREE);
        assertThat(on(LocalDate.of(2026, 11, 24), "BXK1", Set.of(), true).status()).isEqualTo(Warranty.Status.PAID);
        assertThat(on(LocalDate.of(2026, 11, 23), "BXK1", Set.of(), true).freeUntil()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void freePeriodComesFromThePolicyValue() {
        Warranty twoYears = Warranty.assess(INSTALLED, true, "BXK1", Set.of(), 24, CARD_RULE, LocalDate.of(2027, 6, 1), 7, 2);

        assertThat(twoYears.status()).isEqualTo(Warranty.Status.FREE);
        assertThat(twoYears.freePeriodPolicyId()).isEqualTo(7);
    }

    @Test
    void noWarrantyCardAfterTheCardRuleDateIsExcluded() {
        Warranty withoutCard = on(LocalDate.of(2026, 1, 1), null, Set.of(), true);

        assertThat(withoutCard.status()).isEqualTo(Warranty.Status.EXCLUDED);
        assertThat(withoutCard.exclusions()).containsExactly(Exclusion.NO_WARRANTY_CARD);
    }

    @Test
    void noWarrantyCardBeforeTheCardRuleDateIsStillFree() {
        Warranty old = Warranty.assess(LocalDate.of(2007, 4, 30), true, "", Set.of(), 12, CARD_RULE, LocalDate.of(2007, 6, 1), 1, 2);

        assertThat(old.status()).isEqualTo(Warranty.Status.FREE);
    }

    @Test
    void nonAuthorisedInstallerAndRecordedExclusionsExcludeWithTheirReasons() {
        Warranty excluded = on(LocalDate.of(2026, 1, 1), "BXK1", Set.of(Exclusion.IMPROPER_USE), false);

        assertThat(excluded.status()).isEqualTo(Warranty.Status.EXCLUDED);
        assertThat(excluded.exclusions()).containsExactlyInAnyOrder(Exclusion.IMPROPER_USE, Exclusion.NON_AUTHORISED_INSTALLER);
    }

    private static Warranty flagged(LocalDate today, Set<Exclusion> recorded) {
        return Warranty.assess(INSTALLED, true, "BXK1", recorded, 12, CARD_RULE, today, 1, 2, true);
    }

    @Test
    void anArchiveSentLateGetsTechnicalSupportOnlyInsteadOfFreeWarranty() {
        Warranty warranty = flagged(LocalDate.of(2026, 1, 10), Set.of());
        assertThat(warranty.status()).isEqualTo(Warranty.Status.TECHNICAL_SUPPORT_ONLY);
        assertThat(warranty.status()).isNotEqualTo(Warranty.Status.FREE);
        assertThat(warranty.technicalSupportOnly()).isTrue();
        assertThat(warranty.freeUntil()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void technicalSupportOnlyGivesWayToPaidServiceAndExclusionButTheFlagStays() {
        Warranty past = flagged(LocalDate.of(2026, 11, 24), Set.of());
        assertThat(past.status()).isEqualTo(Warranty.Status.PAID);
        assertThat(past.technicalSupportOnly()).isTrue();
        assertThat(flagged(LocalDate.of(2026, 1, 10), Set.of(Exclusion.values()[0])).status())
                .isEqualTo(Warranty.Status.EXCLUDED);
        assertThat(on(LocalDate.of(2026, 1, 10), "BXK1", Set.of(), true).technicalSupportOnly()).isFalse();
    }
}
