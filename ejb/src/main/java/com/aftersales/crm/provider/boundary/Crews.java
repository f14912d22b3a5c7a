package com.aftersales.crm.provider.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.provider.control.Crew;
import com.aftersales.crm.provider.control.TechnicianRepository;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.Option;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;

/**
 * A provider's technicians as staff pick them, and the check that a crew may be sent: the one place that applies the
 * certificate rules, for installations and dispatch orders alike.
 */
@Stateless
@Secured(Duty.CALL_CENTRE)
public class Crews {

    @Inject
    TechnicianRepository technicians;

    /** Code is the certificate level (TRAINEE…SENIOR), for the view to translate. */
    public List<Option> technicians(long providerId) {
        return technicians.options(providerId);
    }

    /** Installers of an archive: the provider's certified technicians; no trainee or junior alone or on the premium line. */
    public void requireInstallers(java.util.Collection<Long> technicianIds, Long providerId, boolean premium, LocalDate day) {
        Crew.check(members(technicianIds), providerId, premium ? Crew.Work.PREMIUM_INSTALLATION : Crew.Work.ORDINARY, day);
    }

    /** The crew of a dispatch order: at least one technician; no trainee or junior alone or on a repair. */
    public void requireDispatchable(java.util.Collection<Long> technicianIds, long providerId, boolean repair, LocalDate day) {
        if (technicianIds == null || technicianIds.isEmpty()) {
            throw new InvalidInput("technicianIds", "validation.required");
        }
        Crew.check(members(technicianIds), providerId, repair ? Crew.Work.REPAIR : Crew.Work.ORDINARY, day);
    }

    private List<Crew.Member> members(java.util.Collection<Long> technicianIds) {
        if (technicianIds.isEmpty()) {
            return List.of();
        }
        List<Long> distinct = technicianIds.stream().distinct().toList();
        List<Crew.Member> members = technicians.members(distinct);
        if (members.size() != distinct.size()) {
            throw new InvalidInput("technicianIds", "technician.error.otherProvider");
        }
        return members;
    }
}
