package com.aftersales.crm.platform;

import com.aftersales.crm.platform.control.SchemaVersion;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Whether the application can reach its database, and at which schema version it is. */
@Stateless
public class HealthCheck {

    public record Status(boolean databaseUp, String schemaVersion) {
    }

    @Inject
    SchemaVersion schema;

    public Status check() {
        try {
            return new Status(true, schema.current());
        } catch (RuntimeException e) {
            return new Status(false, null);
        }
    }
}
