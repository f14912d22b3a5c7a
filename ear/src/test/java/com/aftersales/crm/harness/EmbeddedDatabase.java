package com.aftersales.crm.harness;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * PostgreSQL from Maven Central's binaries (no system install), its data kept in a directory of ours so that a
 * restart keeps the data. A server left running by a killed run is stopped before a new one starts.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "crm";
    /** PostgreSQL's own start-up chatter stays out of the console; warnings still show. */
    private static final java.util.logging.Logger QUIET = quiet();
    private static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
        stopLeftOver(dataDirectory);
        Files.createDirectories(dataDirectory.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("timezone", "Asia/Shanghai")
                .setServerConfig("max_connections", "120")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "16MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("synchronous_commit", "off")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, port);
        database.createApplicationDatabase();
        return database;
    }

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("io.zonky");
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    Database database() {
        // Local connections are trusted (initdb -A trust): Payara insists on some password, which goes unchecked.
        return new Database("jdbc:postgresql://localhost:" + port + "/" + DATABASE, USER, "trust");
    }

    private void createApplicationDatabase() throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot create the database " + DATABASE, e);
        }
    }

    /** Stops a postmaster that a killed run left on this data directory (fast shutdown, as pg_ctl -m fast). */
    static void stopLeftOver(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(process -> {
            try {
                new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
                process.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("PostgreSQL " + pid + " did not stop within 60 s", e);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("cannot stop PostgreSQL " + pid, e);
            }
        });
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
