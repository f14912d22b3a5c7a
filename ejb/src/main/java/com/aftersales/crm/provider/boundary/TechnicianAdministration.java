package com.aftersales.crm.provider.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.platform.control.Aggregates;
import com.aftersales.crm.provider.control.TechnicianRepository;
import com.aftersales.crm.provider.entity.ServiceProvider;
import com.aftersales.crm.provider.entity.Technician;
import com.aftersales.crm.provider.entity.TechnicianRow;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

import static com.aftersales.crm.shared.SqlValues.containsPattern;

/** The administrator's maintenance of a provider's technicians (服务师): list, create, edit, record a departure. */
@Stateless
@Secured(Duty.ADMINISTRATION)
public class TechnicianAdministration {

    @Inject
    TechnicianRepository technicians;

    @Inject
    Aggregates aggregates;

    public long count(long providerId, String filter) {
        return technicians.count(providerId, filter);
    }

    public List<TechnicianRow> list(long providerId, String filter, int first, int max, String sortField, boolean ascending) {
        return technicians.list(providerId, filter, first, max, sortField, ascending);
    }

    public TechnicianDraft load(long id) {
        Technician technician = find(id);
        TechnicianDraft draft = new TechnicianDraft();
        draft.setName(technician.getName());
        draft.setMobile(technician.getMobile());
        draft.setCertificateLevel(technician.getCertificateLevel());
        draft.setCertificateNo(technician.getCertificateNo());
        draft.setCertificateValidUntil(technician.getCertificateValidUntil());
        draft.setVersion(technician.getVersion());
        return draft;
    }

    /** A technician joins a provider that is still under agreement. */
    public long create(long providerId, @NotNull @Valid TechnicianDraft draft) {
        ServiceProvider provider = aggregates.find(ServiceProvider.class, providerId, "service provider");
        if (provider.getStatus() == ServiceProvider.Status.TERMINATED) {
            throw new InvalidInput("providerId", "technician.error.providerTerminated");
        }
        requireUniqueCertificate(draft.getCertificateNo(), null);
        Technician technician = new Technician(providerId, draft.getName(), draft.getMobile(), draft.getCertificateLevel(),
                draft.getCertificateNo(), draft.getCertificateValidUntil());
        return technicians.add(technician);
    }

    public void update(long id, @NotNull @Valid TechnicianDraft draft) {
        Technician technician = current(id, draft.getVersion());
        requireUniqueCertificate(draft.getCertificateNo(), id);
        technician.describe(draft.getName(), draft.getMobile());
        technician.certify(draft.getCertificateLevel(), draft.getCertificateNo(), draft.getCertificateValidUntil());
        aggregates.flush("technician", id);
    }

    /** The provider reported the technician left: the certificate is withdrawn. */
    public void depart(long id, long version) {
        current(id, version).depart();
        aggregates.flush("technician", id);
    }

    private Technician current(long id, long version) {
        Technician technician = find(id);
        if (technician.getVersion() != version) {
            throw new ConcurrentChange("technician " + technician.getCertificateNo());
        }
        return technician;
    }

    private void requireUniqueCertificate(String certificateNo, Long self) {
        boolean taken = technicians.holdersOf(certificateNo == null ? "" : certificateNo.trim()).stream()
                .anyMatch(other -> !other.equals(self));
        if (taken) {
            throw new InvalidInput("certificateNo", "technician.error.certificateTaken");
        }
    }

    private Technician find(long id) {
        return aggregates.find(Technician.class, id, "technician");
    }
}
