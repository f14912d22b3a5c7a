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

    /**
     * The same kind of event for many customers in one statement (a loaded spreadsheet's chunk); each entry is
     * {customer id, referenced id} and the summary is the reference ("#123"), as the single events write it.
     */
    public void appendAll(String kind, String refType, java.util.List<long[]> customerAndRef) {
        if (customerAndRef.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        insert into customer_event (customer_id, occurred_at, kind, summary, ref_type, ref_id, actor)
                        select c, ?1, ?2, '#' || r, ?3, r, ?4
                        from unnest(cast(?5 as bigint[]), cast(?6 as bigint[])) as t(c, r)""")
                .setParameter(1, java.sql.Timestamp.from(clock.instant())).setParameter(2, kind).setParameter(3, refType)
                .setParameter(4, access.actor())
                .setParameter(5, array(customerAndRef, 0)).setParameter(6, array(customerAndRef, 1))
                .executeUpdate();
    }

    private static String array(java.util.List<long[]> pairs, int index) {
        StringBuilder text = new StringBuilder("{");
        for (long[] pair : pairs) {
            if (text.length() > 1) {
                text.append(',');
            }
            text.append(pair[index]);
        }
        return text.append('}').toString();
    }
}
