package com.aftersales.crm.harness;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Starts the test environment once for the whole failsafe run (Arquillian then connects to the running domain) and
 * stops it at the end. Registered in META-INF/services; does nothing in the surefire (unit test) run.
 *
 * <p>Publishes {@code crm.it.base-url}, {@code crm.it.demo-password} and the database's {@code crm.it.jdbc-*} for the browser tests.
 */
public final class IntegrationTestEnvironment implements LauncherSessionListener {

    private static volatile Harness current;

    private Harness harness;

    /** The running test environment, for the test that kills and restarts the server. */
    public static Harness harness() {
        if (current == null) {
            throw new IllegalStateException("no test environment: run with -Dcrm.it=true (mvn verify)");
        }
        return current;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("crm.it")) {
            return;
        }
        try {
            Path root = Path.of(System.getProperty("crm.project.root")).toAbsolutePath().normalize();
            harness = Harness.test(root).start();
            current = harness;
            System.setProperty("crm.it.base-url", harness.baseUrl());
            System.setProperty("crm.it.demo-password", harness.demoPassword());
            // arquillian.xml reads it: without it, a run with -Dcrm.it.portbase deployed to (and stopped) the domain on 18048
            System.setProperty("crm.it.admin-port", Integer.toString(harness.adminPort()));
            System.setProperty("crm.it.jdbc-url", harness.jdbcUrl());
            System.setProperty("crm.it.jdbc-user", harness.databaseUser());
            System.setProperty("crm.it.jdbc-password", harness.databasePassword());
        } catch (IOException e) {
            closeQuietly();
            throw new UncheckedIOException("cannot start the test environment", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        closeQuietly();
    }

    private void closeQuietly() {
        if (harness == null) {
            return;
        }
        try {
            harness.close();
        } catch (IOException e) {
            System.err.println("stopping the test environment: " + e.getMessage());
        }
        harness = null;
    }
}
