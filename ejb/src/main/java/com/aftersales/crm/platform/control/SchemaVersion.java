package com.aftersales.crm.platform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The schema version Flyway last applied, read from its history table. */
@Dependent
public class SchemaVersion {

    @PersistenceContext
    EntityManager em;

    /** Fails when the database cannot be reached. */
    public String current() {
        return String.valueOf(em.createNativeQuery(
                "select version from flyway_schema_history where success order by installed_rank desc limit 1")
                .getSingleResult());
    }
}
