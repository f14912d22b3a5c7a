package com.aftersales.crm.provider.control;

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

    private static void refused(List<Crew.Member> crew, Crew.Work work, String key) {
        assertThatThrownBy(() -> Crew.check(crew, 7L, work, DAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void traineeOrJuniorNeverWorksAlone() {
        refused(List.of(member(1, "TRAINEE")), Crew.Work.ORDINARY, "technician.error.learnerAlone");
        refused(List.of(member(1, "JUNIOR"), member(2, "TRAINEE")), Crew.Work.ORDINARY, "technician.error.learnerAlone");
        assertThatCode(() -> Crew.check(List.of(member(1, "JUNIOR"), member(2, "INTERMEDIATE")), 7L, Crew.Work.ORDINARY, DAY)).doesNotThrowAnyException();
    }

    @Test
    void traineeOrJuniorNeverInstallsThePremiumLine() {
        refused(List.of(member(1, "JUNIOR"), member(2, "SENIOR")), Crew.Work.PREMIUM_INSTALLATION, "technician.error.learnerOnPremium");
        assertThatCode(() -> Crew.check(List.of(member(2, "SENIOR")), 7L, Crew.Work.PREMIUM_INSTALLATION, DAY)).doesNotThrowAnyException();
    }

    @Test
    void traineeOrJuniorIsNeverSentOnARepair() {
        refused(List.of(member(1, "JUNIOR"), member(2, "SENIOR")), Crew.Work.REPAIR, "technician.error.learnerOnRepair");
        refused(List.of(member(1, "TRAINEE"), member(2, "INTERMEDIATE")), Crew.Work.REPAIR, "technician.error.learnerOnRepair");
        assertThatCode(() -> Crew.check(List.of(member(2, "INTERMEDIATE")), 7L, Crew.Work.REPAIR, DAY)).doesNotThrowAnyException();
        assertThatCode(() -> Crew.check(List.of(member(1, "JUNIOR"), member(2, "SENIOR")), 7L, Crew.Work.ORDINARY, DAY))
                .doesNotThrowAnyException();
    }

    @Test
    void techniciansBelongToTheInstallingProvider() {
        refused(List.of(new Crew.Member(1, 8, "SENIOR", true, DAY.plusYears(1))), Crew.Work.ORDINARY, "technician.error.otherProvider");
    }

    @Test
    void departedOrExpiredTechniciansCannotInstall() {
        refused(List.of(new Crew.Member(1, 7, "SENIOR", false, DAY.plusYears(1))), Crew.Work.ORDINARY, "technician.error.notCertified");
        refused(List.of(new Crew.Member(1, 7, "SENIOR", true, DAY.minusDays(1))), Crew.Work.ORDINARY, "technician.error.notCertified");
    }
}
