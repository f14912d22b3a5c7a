package com.aftersales.crm.provider.boundary;

import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.Option;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Service providers as staff pick them from lists. */
@Stateless
@Secured({Role.AGENT, Role.SUPERVISOR, Role.INFO_OFFICER, Role.MANAGER, Role.ADMIN})
public class ServiceProviders {

    @PersistenceContext
    EntityManager em;

    public List<Option> options() {
        return em.createQuery("select new com.aftersales.crm.shared.Option(p.id, p.code, p.name) from ServiceProvider p order by p.code",
                Option.class).getResultList();
    }

    /** Providers that may receive work today (not suspended for rectification, not terminated). */
    public List<Option> activeOptions() {
        return em.createQuery("select new com.aftersales.crm.shared.Option(p.id, p.code, p.name) from ServiceProvider p "
                + "where p.status = com.aftersales.crm.provider.entity.ServiceProvider.Status.ACTIVE order by p.code",
                Option.class).getResultList();
    }
}
