package com.aftersales.crm.provider.boundary;

import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.Option;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** A provider's active technicians as staff pick them, labelled with their certificate level. */
@Stateless
@Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
public class Crews {

    @PersistenceContext
    EntityManager em;

    /** Code is the certificate level (TRAINEE…SENIOR), for the view to translate. */
    public List<Option> technicians(long providerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, certificate_level, name from technician
                where provider_id = ? and active order by certificate_level desc, name""")
                .setParameter(1, providerId).getResultList();
        return rows.stream().map(r -> new Option(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).toList();
    }
}
