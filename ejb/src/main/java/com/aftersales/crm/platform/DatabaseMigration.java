package com.aftersales.crm.platform;

import com.aftersales.crm.platform.control.PasswordHasher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the schema up to date before anything else touches the database (Flyway, {@code db/migration}); in the
 * demo profile only, loads the demo data from {@code db/demo}, tracked in a history table of its own so that demo
 * and schema versions never mix.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/crm")
    DataSource dataSource;

    @Inject
    RunProfile profile;

    @Inject
    @ConfigProperty(name = "crm.demo.password", defaultValue = "")
    String demoPassword;

    @Inject
    PasswordHasher passwords;

    @PostConstruct
    void migrate() {
        ClassLoader classLoader = getClass().getClassLoader();
        // Payara creates its persistent-timer table in the same database when the application (which has a persistent
        // timer) deploys, before this runs: a new database is then "non-empty", so it is baselined at version 0 and
        // every migration still runs.
        var schema = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + schema.targetSchemaVersion + " (" + schema.migrationsExecuted + " migrations applied)");
        if (!profile.isDemo()) {
            return;
        }
        if (demoPassword.isBlank()) {
            throw new IllegalStateException("the demo profile needs -Dcrm.demo.password (the launcher sets it)");
        }
        var demo = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/demo")
                .table("flyway_demo_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .placeholders(Map.of("demo_password_hash", passwords.hash(demoPassword.toCharArray())))
                .load()
                .migrate();
        LOG.info(() -> "Demo data at version " + demo.targetSchemaVersion);
    }
}
