package com.aftersales.crm.installation.control;

import com.aftersales.crm.platform.control.AggregateStore;
import com.aftersales.crm.installation.entity.InstallationArchive;
import com.aftersales.crm.platform.control.Row;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** The installation archive aggregate's statements. */
@Dependent
public class InstallationRecords extends AggregateStore<InstallationArchive> {

    public InstallationRecords() {
        super(InstallationArchive.class, "installation");
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
