package com.aftersales.crm.provider.control;

import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.provider.entity.CertificateReview;
import com.aftersales.crm.provider.entity.ReviewRow;
import com.aftersales.crm.provider.entity.Technician;
import com.aftersales.crm.provider.entity.TechnicianRow;
import com.aftersales.crm.shared.Option;
import com.aftersales.crm.shared.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import static com.aftersales.crm.shared.SqlValues.containsPattern;

/** The technicians (服务师) as stored, and their certificate reviews: lists, pickers, a crew's members, adding one. */
@Dependent
public class TechnicianRepository {

    /** Sortable columns of the list, by the names the portal uses; anything else sorts by name. */
    private static final Map<String, String> SORTS = Map.of(
            "name", "t.name", "certificateLevel", "t.certificate_level", "certificateNo", "t.certificate_no",
            "certificateValidUntil", "t.certificate_valid_until", "active", "t.active");

    private static final String FILTER = "t.provider_id = ?1 and (cast(?2 as text) is null or t.name ilike ?2 "
            + "or t.certificate_no ilike ?2 or t.mobile like ?2)";

    @PersistenceContext
    EntityManager em;

    public long count(long providerId, String filter) {
        return Row.of(em.createNativeQuery("select count(*) from technician t where " + FILTER)
                .setParameter(1, providerId).setParameter(2, containsPattern(filter)).getSingleResult()).longValue(0);
    }

    public List<TechnicianRow> list(long providerId, String filter, int first, int max, String sortField, boolean ascending) {
        String order = SqlValues.sortColumn(SORTS, sortField, "t.name") + (ascending ? " asc" : " desc") + ", t.id";
        return Row.map(em.createNativeQuery("""
                        select t.id, t.name, t.mobile, t.certificate_level, t.certificate_no, t.certificate_valid_until,
                               t.active, t.version
                        from technician t
                        where """ + " " + FILTER + " order by " + order)
                .setParameter(1, providerId).setParameter(2, containsPattern(filter))
                .setFirstResult(first).setMaxResults(max)
                .getResultList(), r -> new TechnicianRow(r.longValue(0), r.text(1), r.text(2),
                r.enumValue(3, Technician.CertificateLevel.class), r.text(4), r.date(5), r.bool(6), r.longValue(7)));
    }

    /** The provider's active technicians, most senior first; code is the certificate level. */
    public List<Option> options(long providerId) {
        return Row.map(em.createNativeQuery("""
                select id, certificate_level, name from technician
                where provider_id = ? and active order by certificate_level desc, name""")
                .setParameter(1, providerId).getResultList(), r -> new Option(r.longValue(0), r.text(1), r.text(2)));
    }

    /** The crew's members as the certificate rules need them; only those found (a wrong id is missing). */
    public List<Crew.Member> members(Collection<Long> distinctIds) {
        return Row.map(em.createNativeQuery("""
                        select id, provider_id, certificate_level, active, certificate_valid_until from technician
                        where id = any(cast(string_to_array(?, ',') as bigint[]))""")
                .setParameter(1, String.join(",", distinctIds.stream().map(String::valueOf).toList())).getResultList(),
                r -> new Crew.Member(r.longValue(0), r.longValue(1), r.text(2), r.bool(3), r.date(4)));
    }

    /** The technicians holding this certificate number, compared without case. */
    public List<Long> holdersOf(String certificateNo) {
        return em.createQuery("select t.id from Technician t where lower(t.certificateNo) = lower(:no)", Long.class)
                .setParameter("no", certificateNo).getResultList();
    }

    public long add(Technician technician) {
        em.persist(technician);
        em.flush();
        return technician.getId();
    }

    public boolean reviewed(long technicianId, int year) {
        return Row.of(em.createNativeQuery("select count(*) from certificate_review where technician_id = ? and review_year = ?")
                .setParameter(1, technicianId).setParameter(2, year).getSingleResult()).longValue(0) > 0;
    }

    public long add(CertificateReview review) {
        em.persist(review);
        em.flush();
        return review.getId();
    }

    /** A technician's reviews, latest year first. */
    public List<ReviewRow> reviews(long technicianId) {
        return Row.map(em.createNativeQuery("""
                        select id, review_year, work_score, exam_score, total, passed, fee_waived, valid_until_before,
                               valid_until_after, reviewed_by, reviewed_at
                        from certificate_review where technician_id = ? order by review_year desc""")
                .setParameter(1, technicianId).getResultList(), r -> new ReviewRow(r.longValue(0), r.intValue(1),
                r.decimal(2), r.decimal(3), r.decimal(4), r.bool(5), r.bool(6), r.date(7), r.date(8), r.text(9),
                r.instant(10)));
    }
}
