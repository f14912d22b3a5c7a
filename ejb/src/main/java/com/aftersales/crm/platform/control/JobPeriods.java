package com.aftersales.crm.platform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The claims in {@code job_period_run}: a job's period (a month, a week) is claimed once, in the transaction of its
 * work, so that a timer firing again after a restart, or a second server, does the period nothing twice.
 */
@Dependent
public class JobPeriods {

    @PersistenceContext
    EntityManager em;

    /** Claims the job's period; false when it was claimed before. */
    public boolean claim(String jobName, String period, Instant at) {
        return em.createNativeQuery("""
                        insert into job_period_run (job_name, period, started_at) values (?, ?, ?)
                        on conflict (job_name, period) do nothing""")
                .setParameter(1, jobName).setParameter(2, period).setParameter(3, Timestamp.from(at))
                .executeUpdate() == 1;
    }

    /** The job execution that does the claimed period's work. */
    public void started(String jobName, String period, long executionId) {
        em.createNativeQuery("update job_period_run set execution_id = ? where job_name = ? and period = ?")
                .setParameter(1, executionId).setParameter(2, jobName).setParameter(3, period).executeUpdate();
    }
}
