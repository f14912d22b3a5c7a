package com.aftersales.crm.dealer.boundary;

import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.Option;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Dealers as staff pick them from lists. */
@Stateless
@Secured({Role.AGENT, Role.SUPERVISOR, Role.INFO_OFFICER, Role.MANAGER, Role.ADMIN})
public class Dealers {

    @PersistenceContext
    EntityManager em;

    public List<Option> options() {
        return em.createQuery("select new com.aftersales.crm.shared.Option(d.id, d.code, d.name) from Dealer d order by d.code",
                Option.class).getResultList();
    }
}
