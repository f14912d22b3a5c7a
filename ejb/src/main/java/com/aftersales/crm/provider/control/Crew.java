package com.aftersales.crm.provider.control;

import com.aftersales.crm.shared.InvalidInput;

import java.time.LocalDate;
import java.util.List;

/**
 * Who may be sent (to install, or on a dispatch order): technicians of that provider, still active and certified on
 * the day; a trainee (见习) or junior (初级) only together with an intermediate or senior one, and never on the premium
 * line or on a repair.
 */
public final class Crew {

    /** The kind of work, as far as the rule cares. */
    public enum Work {
        ORDINARY, PREMIUM_INSTALLATION, REPAIR
    }

    /** What the rule needs to know of a technician. */
    public record Member(long id, long providerId, String level, boolean active, LocalDate validUntil) {

        boolean worksAlone() {
            return "INTERMEDIATE".equals(level) || "SENIOR".equals(level);
        }
    }

    public static void check(List<Member> crew, Long providerId, Work work, LocalDate day) {
        for (Member member : crew) {
            if (providerId == null || member.providerId() != providerId) {
                throw new InvalidInput("technicianIds", "technician.error.otherProvider");
            }
            if (!member.active() || member.validUntil().isBefore(day)) {
                throw new InvalidInput("technicianIds", "technician.error.notCertified");
            }
        }
        boolean learners = crew.stream().anyMatch(member -> !member.worksAlone());
        if (learners && crew.stream().noneMatch(Member::worksAlone)) {
            throw new InvalidInput("technicianIds", "technician.error.learnerAlone");
        }
        if (learners && work == Work.PREMIUM_INSTALLATION) {
            throw new InvalidInput("technicianIds", "technician.error.learnerOnPremium");
        }
        if (learners && work == Work.REPAIR) {
            throw new InvalidInput("technicianIds", "technician.error.learnerOnRepair");
        }
    }

    private Crew() {
    }
}
