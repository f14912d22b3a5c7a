package com.aftersales.crm.installation.control;

import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrewTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private static Crew.Member member(long id, String level) {
        return new Crew.Member(id, 7, level, true, DAY.plusYears(1));
    }

    private static void refused(List<Crew.Member> crew, boolean premium, String key) {
        assertThatThrownBy(() -> Crew.check(crew, 7L, premium, DAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void traineeOrJuniorNeverWorksAlone() {
        refused(List.of(member(1, "TRAINEE")), false, "installation.error.learnerAlone");
        refused(List.of(member(1, "JUNIOR"), member(2, "TRAINEE")), false, "installation.error.learnerAlone");
        assertThatCode(() -> Crew.check(List.of(member(1, "JUNIOR"), member(2, "INTERMEDIATE")), 7L, false, DAY)).doesNotThrowAnyException();
    }

    @Test
    void traineeOrJuniorNeverInstallsThePremiumLine() {
        refused(List.of(member(1, "JUNIOR"), member(2, "SENIOR")), true, "installation.error.learnerOnPremium");
        assertThatCode(() -> Crew.check(List.of(member(2, "SENIOR")), 7L, true, DAY)).doesNotThrowAnyException();
    }

    @Test
    void techniciansBelongToTheInstallingProvider() {
        refused(List.of(new Crew.Member(1, 8, "SENIOR", true, DAY.plusYears(1))), false, "installation.error.technicianOfOtherProvider");
    }

    @Test
    void departedOrExpiredTechniciansCannotInstall() {
        refused(List.of(new Crew.Member(1, 7, "SENIOR", false, DAY.plusYears(1))), false, "installation.error.technicianNotCertified");
        refused(List.of(new Crew.Member(1, 7, "SENIOR", true, DAY.minusDays(1))), false, "installation.error.technicianNotCertified");
    }
}
