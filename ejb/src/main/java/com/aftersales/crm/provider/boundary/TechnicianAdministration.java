package com.aftersales.crm.provider.boundary;

import com.aftersales.crm.shared.SqlValues;
import static com.aftersales.crm.shared.SqlValues.containsPattern;

import com.aftersales.crm.provider.entity.ServiceProvider;
import com.aftersales.crm.provider.entity.Technician;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.sql.Date;
import java.util.List;
import java.util.Map;

/** The administrator's maintenance of a provider's technicians (服务师): list, create, edit, record a departure. */
@Stateless
@Secured(Role.ADMIN)
public class TechnicianAdministration {

    /** Sortable columns of the list, by the names the portal uses; anything else sorts by name. */
    private static final Map<String, String> SORTS = Map.of(
            "name", "t.name", "certificateLevel", "t.certificate_level", "certificateNo", "t.certificate_no",
            "certificateValidUntil", "t.certificate_valid_until", "active", "t.active");

    private static final String FILTER = "t.provider_id = ?1 and (cast(?2 as text) is null or t.name ilike ?2 "
            + "or t.certificate_no ilike ?2 or t.mobile like ?2)";

    @PersistenceContext
    EntityManager em;

    public long count(long providerId, String filter) {
        return ((Number) em.createNativeQuery("select count(*) from technician t where " + FILTER)
                .setParameter(1, providerId).setParameter(2, containsPattern(filter)).getSingleResult()).longValue();
    }

    public List<TechnicianRow> list(long providerId, String filter, int first, int max, String sortField, boolean ascending) {
        String order = SqlValues.sortColumn(SORTS, sortField, "t.name") + (ascending ? " asc" : " desc") + ", t.id";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select t.id, t.name, t.mobile, t.certificate_level, t.certificate_no, t.certificate_valid_until,
                               t.active, t.version
                        from technician t
                        where """ + " " + FILTER + " order by " + order)
                .setParameter(1, providerId).setParameter(2, containsPattern(filter))
                .setFirstResult(first).setMaxResults(max)
                .getResultList();
        return rows.stream().map(r -> new TechnicianRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                Technician.CertificateLevel.valueOf((String) r[3]), (String) r[4],
                r[5] instanceof Date date ? date.toLocalDate() : (java.time.LocalDate) r[5],
                (Boolean) r[6], ((Number) r[7]).longValue())).toList();
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
        ServiceProvider provider = em.find(ServiceProvider.class, providerId);
        if (provider == null) {
            throw new NotFound("service provider " + providerId);
        }
        if (provider.getStatus() == ServiceProvider.Status.TERMINATED) {
            throw new InvalidInput("providerId", "technician.error.providerTerminated");
        }
        requireUniqueCertificate(draft.getCertificateNo(), null);
        Technician technician = new Technician(providerId, draft.getName(), draft.getMobile(), draft.getCertificateLevel(),
                draft.getCertificateNo(), draft.getCertificateValidUntil());
        em.persist(technician);
        em.flush();
        return technician.getId();
    }

    public void update(long id, @NotNull @Valid TechnicianDraft draft) {
        Technician technician = current(id, draft.getVersion());
        requireUniqueCertificate(draft.getCertificateNo(), id);
        technician.describe(draft.getName(), draft.getMobile());
        technician.certify(draft.getCertificateLevel(), draft.getCertificateNo(), draft.getCertificateValidUntil());
        em.flush();
    }

    /** The provider reported the technician left: the certificate is withdrawn. */
    public void depart(long id, long version) {
        current(id, version).depart();
        em.flush();
    }

    private Technician current(long id, long version) {
        Technician technician = find(id);
        if (technician.getVersion() != version) {
            throw new ConcurrentChange("technician " + technician.getCertificateNo());
        }
        return technician;
    }

    private void requireUniqueCertificate(String certificateNo, Long self) {
        boolean taken = em.createQuery("select t.id from Technician t where lower(t.certificateNo) = lower(:no)", Long.class)
                .setParameter("no", certificateNo == null ? "" : certificateNo.trim()).getResultList().stream()
                .anyMatch(other -> !other.equals(self));
        if (taken) {
            throw new InvalidInput("certificateNo", "technician.error.certificateTaken");
        }
    }

    private Technician find(long id) {
        Technician technician = em.find(Technician.class, id);
        if (technician == null) {
            throw new NotFound("technician " + id);
        }
        return technician;
    }
}
