package com.aftersales.crm.harness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * One environment the portal runs in: a PostgreSQL (embedded unless an external JDBC URL is given) and a Payara
 * domain configured from {@code config/}. Used by the demo run ({@code demo} profile, data under {@code .data/})
 * and by the integration tests ({@code test} profile, everything under {@code ear/target/}).
 *
 * <p>An external database is chosen with {@code CRM_DB_URL}, {@code CRM_DB_USER}, {@code CRM_DB_PASSWORD} (environment)
 * or the system properties {@code crm.db.url}, {@code crm.db.user}, {@code crm.db.password}.
 */
public final class Harness implements AutoCloseable {

    private final Path projectRoot;
    private final Properties profile;
    private final Path stateDirectory;
    private final PayaraDomain domain;
    private EmbeddedDatabase embedded;
    private Database database;
    private String demoPassword;

    private Harness(Path projectRoot, String profileName, Path stateDirectory, Path payaraHome, Path domainsDirectory)
            throws IOException {
        this.projectRoot = projectRoot;
        this.profile = new Properties();
        try (InputStream in = Files.newInputStream(projectRoot.resolve("config/env/" + profileName + ".properties"))) {
            profile.load(in);
        }
        this.stateDirectory = stateDirectory;
        // A second checkout can run its integration tests beside this one: -Dcrm.it.portbase=28000 -Dcrm.it.db-port=55533
        profile.putAll(overrides(profileName));
        String portBase = profile.getProperty("crm.portbase", "").trim();
        this.domain = new PayaraDomain(payaraHome, domainsDirectory,
                profile.getProperty("crm.domain"), portBase.isEmpty() ? 0 : Integer.parseInt(portBase), adminPassword());
    }

    private static Properties overrides(String profileName) {
        Properties overrides = new Properties();
        if ("test".equals(profileName)) {
            if (System.getProperty("crm.it.portbase") != null) {
                overrides.setProperty("crm.portbase", System.getProperty("crm.it.portbase"));
            }
            if (System.getProperty("crm.it.db-port") != null) {
                overrides.setProperty("crm.db.embedded.port", System.getProperty("crm.it.db-port"));
            }
        } else {
            // a second checkout's demo beside this one: ./crm run -Dcrm.portbase=33000 -Dcrm.db.embedded.port=55463
            for (String name : new String[] {"crm.portbase", "crm.db.embedded.port"}) {
                if (System.getProperty(name) != null) {
                    overrides.setProperty(name, System.getProperty(name));
                }
            }
        }
        return overrides;
    }

    /** The demo run's environment: state under {@code .data/} (or {@code CRM_DATA_DIR}) so that it survives a clean build. */
    public static Harness demo(Path projectRoot) throws IOException {
        String dataDir = setting("CRM_DATA_DIR", "crm.data.dir");
        Path state = dataDir != null ? Path.of(dataDir).toAbsolutePath() : projectRoot.resolve(".data");
        return new Harness(projectRoot, "demo", state, projectRoot.resolve("ear/target/payara6"), state.resolve("domains"));
    }

    /**
     * The integration tests' environment: new every build, under {@code ear/target/}; the domain sits in Payara's own
     * domains directory, where Arquillian's managed container looks for it.
     */
    public static Harness test(Path projectRoot) throws IOException {
        Path state = projectRoot.resolve("ear/target/it");
        deleteRecursively(state);
        Path payaraHome = projectRoot.resolve("ear/target/payara6");
        return new Harness(projectRoot, "test", state, payaraHome, payaraHome.resolve("glassfish/domains"));
    }

    /** Starts the database and the configured server (not yet the application). */
    public Harness start() throws IOException {
        database = externalDatabase();
        if (database == null) {
            embedded = EmbeddedDatabase.start(stateDirectory.resolve("pgdata"),
                    Integer.parseInt(profile.getProperty("crm.db.embedded.port")));
            database = embedded.database();
        }
        String profileName = profile.getProperty("crm.profile");
        String template = Files.readString(projectRoot.resolve("config/payara/domain.asadmin"), StandardCharsets.UTF_8);
        Path uploads = Files.createDirectories(stateDirectory.resolve("uploads"));
        Path temp = Files.createDirectories(stateDirectory.resolve("tmp"));
        Path inbox = Files.createDirectories(inbox());
        List<String> commands = new java.util.ArrayList<>(template
                .replace("@PROFILE@", profileName)
                .replace("@HTTP_ADDRESS@", httpAddress())
                .replace("@DOCROOT@", projectRoot.resolve("config/payara/docroot").toAbsolutePath().toString()
                        .replace(":", "\\\\:").replace("=", "\\\\="))
                .replace("@UPLOAD_DIR@", uploads.toAbsolutePath().toString().replace(":", "\\\\:").replace("=", "\\\\="))
                .replace("@TMP_DIR@", temp.toAbsolutePath().toString().replace(":", "\\\\:"))
                .replace("@INBOX_DIR@", inbox.toAbsolutePath().toString().replace(":", "\\\\:").replace("=", "\\\\="))
                .replace("@DB_PROPERTIES@", database.poolProperties())
                .replace("@POSTGRESQL_JAR@", jarOf(org.postgresql.Driver.class))
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList());
        if ("demo".equals(profileName)) {
            demoPassword = demoPassword();
            commands.add("create-jvm-options -Dcrm.demo.password=" + demoPassword);
        }
        // the demo's year of history (DemoHistory): the demo run only, the tests keep the small demo data they expect
        if (Boolean.parseBoolean(profile.getProperty("crm.demo.history", "false"))) {
            commands.add("create-system-properties crm.demo.history=true");
        }
        // The test profile lets tests move the application's clock forward (ClockProducer) instead of sleeping
        if (Boolean.parseBoolean(profile.getProperty("crm.clock.adjustable", "false"))) {
            commands.add("create-jvm-options -Dcrm.clock.adjustable=true");
        }
        // A request is cut after 900 s by default: the benchmarks' in-server test calls (a million-row import three
        // times) take longer. Production keeps the default.
        String requestTimeout = profile.getProperty("crm.http.request-timeout-seconds");
        if (requestTimeout != null) {
            commands.add("set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http"
                    + ".request-timeout-seconds=" + Integer.parseInt(requestTimeout));
        }
        // The benchmarks run inside the server: their sizes (./crm bench -Dcrm.bench.cases=…) go to its JVM.
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("crm.bench.")).sorted()
                .forEach(name -> commands.add("create-jvm-options -D" + name + "=" + System.getProperty(name)));
        domain.startConfigured(commands, Map.of("crm-db-password", database.password()));
        return this;
    }

    public void deploy(Path ear) throws IOException {
        domain.deploy(ear, "crm");
    }

    /** The database the server uses: browser tests arrange what the screens alone cannot (who else is in a queue). */
    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    public String databaseUser() {
        return database.user();
    }

    public String databasePassword() {
        return database.password();
    }

    public String baseUrl() {
        return "http://localhost:" + domain.httpPort() + "/crm/";
    }

    /** Where weekly archive submissions can be dropped for bulk loading. */
    public Path inbox() {
        return stateDirectory.resolve("inbox");
    }

    /** The server's process, for the test that kills it mid-job. */
    public long serverPid() throws IOException {
        return Long.parseLong(Files.readString(domain.serverLog().getParent().getParent().resolve("config/pid")).trim());
    }

    /** Starts the domain again after it was killed; the applications deployed in it start with it. */
    public void restartKilledServer() throws IOException {
        domain.startAgain();
    }

    public int adminPort() {
        return domain.adminPort();
    }

    public String domainName() {
        return profile.getProperty("crm.domain");
    }

    public Path serverLog() {
        return domain.serverLog();
    }

    /** The password of every demo user, generated once per data directory, never committed. */
    public String demoPassword() throws IOException {
        if (demoPassword == null) {
            demoPassword = secret("demo-password", 12);
        }
        return demoPassword;
    }

    /**
     * The password of Payara's {@code admin} user (admin console, REST management, asadmin), generated once per data
     * directory beside the demo password ({@code .data/admin-password}; {@code ear/target/it/admin-password} for the
     * tests), never committed.
     */
    public String adminPassword() throws IOException {
        return secret("admin-password", 24);
    }

    public Path adminPasswordFile() {
        return stateDirectory.resolve("admin-password");
    }

    public String adminUser() {
        return PayaraDomain.adminUser();
    }

    /**
     * Where the portal's HTTP listener binds: {@code crm.http.address} (system property, e.g. {@code ./crm run
     * -Dcrm.http.address=0.0.0.0} to serve the network) or {@code CRM_HTTP_ADDRESS}; loopback by default. The admin
     * listener is always on loopback.
     */
    private static String httpAddress() {
        String address = setting("CRM_HTTP_ADDRESS", "crm.http.address");
        return address == null ? "127.0.0.1" : address;
    }

    private String secret(String fileName, int length) throws IOException {
        Path file = stateDirectory.resolve(fileName);
        if (!Files.exists(file)) {
            Files.createDirectories(stateDirectory);
            String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
            SecureRandom random = new SecureRandom();
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < length; i++) {
                password.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Files.writeString(file, password.toString());
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return Files.readString(file).trim();
    }

    /** Stops the server, then the database; safe to call twice. */
    @Override
    public void close() throws IOException {
        try {
            domain.stopIfRunning();
        } finally {
            if (embedded != null) {
                embedded.close();
                embedded = null;
            }
        }
    }

    /** Stops what a killed run may have left behind. */
    public void stopLeftOvers() throws IOException {
        domain.stopIfRunning();
        EmbeddedDatabase.stopLeftOver(stateDirectory.resolve("pgdata"));
    }

    private static String jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Database externalDatabase() {
        String url = setting("CRM_DB_URL", "crm.db.url");
        if (url == null) {
            return null;
        }
        String user = setting("CRM_DB_USER", "crm.db.user");
        String password = setting("CRM_DB_PASSWORD", "crm.db.password");
        return new Database(url, user == null ? "crm" : user, password == null ? "" : password);
    }

    private static String setting(String environment, String property) {
        String value = System.getProperty(property, System.getenv(environment));
        return value == null || value.isBlank() ? null : value;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        EmbeddedDatabase.stopLeftOver(directory.resolve("pgdata"));
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
