package com.aftersales.crm.installation.control;

import com.aftersales.crm.shared.InvalidInput;

import java.time.LocalDate;
import java.util.List;

/**
 * Who may install: technicians of the installing provider, still active and certified on the day; a trainee (见习) or
 * junior (初级) only together with an intermediate or senior one, and never on the premium line.
 */
public final class Crew {

    /** What the rule needs to know of a technician. */
    public record Member(long id, long providerId, String level, boolean active, LocalDate validUntil) {

        boolean worksAlone() {
            return "INTERMEDIATE".equals(level) || "SENIOR".equals(level);
        }
    }

    public static void check(List<Member> crew, Long providerId, boolean premiumProduct, LocalDate day) {
        for (Member member : crew) {
            if (providerId == null || member.providerId() != providerId) {
                throw new InvalidInput("technicianIds", "installation.error.technicianOfOtherProvider");
            }
            if (!member.active() || member.validUntil().isBefore(day)) {
                throw new InvalidInput("technicianIds", "installation.error.technicianNotCertified");
            }
        }
        boolean learners = crew.stream().anyMatch(member -> !member.worksAlone());
        if (learners && crew.stream().noneMatch(Member::worksAlone)) {
            throw new InvalidInput("technicianIds", "installation.error.learnerAlone");
        }
        if (learners && premiumProduct) {
            throw new InvalidInput("technicianIds", "installation.error.learnerOnPremium");
        }
    }

    private Crew() {
    }
}
