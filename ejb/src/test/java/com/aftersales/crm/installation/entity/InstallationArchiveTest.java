package com.aftersales.crm.installation.entity;

import com.aftersales.crm.shared.InstallationMethod;
import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstallationArchiveTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<InstallationLine> LINES = List.of(new InstallationLine(1L, new BigDecimal("45.5"), new BigDecimal("298")));

    private static InstallationArchive archive(LocalDate installed, LocalDate accepted, LocalDate movedIn) {
        return new InstallationArchive(1, 2L, 3L, InstallationMethod.FLOATING, installed, accepted, movedIn, "bxk001", LINES,
                Set.of(), 1, 2, TODAY, Instant.now(), "agent");
    }

    private static void refused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void installationDateCannotBeInTheFuture() {
        refused(() -> archive(TODAY.plusDays(1), null, null), "installedOn", "installation.error.future");
        assertThat(archive(TODAY, null, null).getInstalledOn()).isEqualTo(TODAY);
    }

    @Test
    void acceptanceCannotBeBeforeInstallation() {
        refused(() -> archive(TODAY.minusDays(3), TODAY.minusDays(4), null), "acceptedOn", "installation.error.acceptedBeforeInstalled");
        assertThat(archive(TODAY.minusDays(3), TODAY, null).getAcceptedOn()).isEqualTo(TODAY);
    }

    @Test
    void moveInCannotBeBeforeInstallation() {
        refused(() -> archive(TODAY.minusDays(3), null, TODAY.minusDays(5)), "movedInOn", "installation.error.movedInBeforeInstalled");
    }

    @Test
    void quantitiesArePositiveAndPricesNotNegative() {
        refused(() -> new InstallationLine(1L, BigDecimal.ZERO, BigDecimal.ONE), "quantityM2", "installation.error.quantity");
        refused(() -> new InstallationLine(1L, BigDecimal.ONE, new BigDecimal("-1")), "unitPrice", "installation.error.price");
        assertThat(new InstallationLine(1L, new BigDecimal("0.01"), BigDecimal.ZERO).getUnitPrice()).isZero();
    }

    @Test
    void anInstallationHasAtLeastOneProductLine() {
        refused(() -> new InstallationArchive(1, null, 3L, InstallationMethod.JOIST, TODAY, null, null, null, List.of(), Set.of(),
                1, 2, TODAY, Instant.now(), "agent"), "lines", "installation.error.noLines");
    }

    @Test
    void warrantyCardNumbersAreKeptInCapitals() {
        assertThat(archive(TODAY, null, null).getWarrantyCardNo()).isEqualTo("BXK001");
    }

    @Test
    void anExclusionIsRecordedOnceWithItsReasonAndExcludesTheWarranty() {
        InstallationArchive archive = archive(TODAY.minusMonths(2), null, null);
        archive.exclude(Exclusion.IMPROPER_USE, "长期用湿拖把拖地", "supervisor", Instant.now());

        refused(() -> archive.exclude(Exclusion.IMPROPER_USE, "again", "supervisor", Instant.now()), "exclusion",
                "installation.error.exclusionExists");
        refused(() -> archive.exclude(Exclusion.NO_WARRANTY_CARD, "derived", "supervisor", Instant.now()), "exclusion",
                "installation.error.exclusion");
        refused(() -> archive.exclude(Exclusion.FORCE_MAJEURE, " ", "supervisor", Instant.now()), "reason", "validation.required");
        assertThat(archive.warranty(12, LocalDate.of(2007, 5, 1), TODAY).status()).isEqualTo(Warranty.Status.EXCLUDED);
    }
}
