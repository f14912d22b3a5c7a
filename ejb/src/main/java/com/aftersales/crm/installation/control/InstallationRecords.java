package com.aftersales.crm.installation.control;

import com.aftersales.crm.installation.entity.InstallationArchive;
import com.aftersales.crm.platform.control.Aggregates;
import com.aftersales.crm.platform.control.Row;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The installation archive aggregate's statements. */
@Dependent
public class InstallationRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    Aggregates aggregates;

    public InstallationArchive find(long id) {
        return aggregates.find(InstallationArchive.class, id, "installation");
    }

    /** Stores a new archive now, so that its id is known (the timeline and the follow-up point at it). */
    public void add(InstallationArchive archive) {
        em.persist(archive);
        em.flush();
    }

    /** Whether an archive already carries this warranty card number (as stored: trimmed, upper case). */
    public boolean cardTaken(String warrantyCardNo) {
        return Row.of(em.createNativeQuery("select count(*) from installation_archive where warranty_card_no = ?")
                .setParameter(1, warrantyCardNo).getSingleResult()).intValue(0) > 0;
    }

    /** A customer's archives, newest installation first. */
    public List<InstallationArchive> ofCustomer(long customerId) {
        return em.createQuery(
                        "select i from InstallationArchive i where i.customerId = :customer order by i.installedOn desc, i.id desc",
                        InstallationArchive.class)
                .setParameter("customer", customerId).getResultList();
    }
}
