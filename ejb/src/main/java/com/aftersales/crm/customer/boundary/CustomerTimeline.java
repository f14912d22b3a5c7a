package com.aftersales.crm.customer.boundary;

import com.aftersales.crm.customer.entity.CustomerEvent;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/** Where every feature writes what happened to a customer (called by other services, never from outside). */
@Stateless
public class CustomerTimeline {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CustomerAccess access;

    public void append(long customerId, String kind, String summary, String refType, Long refId) {
        em.persist(new CustomerEvent(customerId, clock.instant(), kind, summary, refType, refId, access.actor()));
    }
}
