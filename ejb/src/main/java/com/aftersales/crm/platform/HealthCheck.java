package com.aftersales.crm.platform;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Whether the application can reach its database, and at which schema version it is. */
@Stateless
public class HealthCheck {

    public record Status(boolean databaseUp, String schemaVersion) {
    }

    @PersistenceContext
    EntityManager em;

    public Status check() {
        try {
            Object version = em.createNativeQuery(
                    "select version from flyway_schema_history where success order by installed_rank desc limit 1").getSingleResult();
            return new Status(true, String.valueOf(version));
        } catch (RuntimeException e) {
            return new Status(false, null);
        }
    }
}
