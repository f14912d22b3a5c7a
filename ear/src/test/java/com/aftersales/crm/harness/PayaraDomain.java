package com.aftersales.crm.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Server domain driven through asadmin. The domain is created and configured from
 * {@code config/payara/domain.asadmin}; it is created again only when that configuration (or what is substituted
 * into it) changes, so a warm start is a plain start-domain.
 */
final class PayaraDomain {

    private static final String HASH_FILE = ".crm-configuration.sha256";

    private final Path payaraHome;
    private final Path domainsDirectory;
    private final String name;
    private final int portBase;
    private final String adminPassword;

    /**
     * @param adminPassword the password of the domain's {@code admin} user: the domain is created with it, and every
     *                      asadmin call (local ones too: stop-domain talks to the admin port) authenticates with it
     */
    PayaraDomain(Path payaraHome, Path domainsDirectory, String name, int portBase, String adminPassword) {
        this.payaraHome = payaraHome;
        this.domainsDirectory = domainsDirectory;
        this.name = name;
        this.portBase = portBase;
        this.adminPassword = adminPassword;
    }

    static String adminUser() {
        return "admin";
    }

    int adminPort() {
        return portBase == 0 ? 4848 : portBase + 48;
    }

    int httpPort() {
        return portBase == 0 ? 8080 : portBase + 80;
    }

    Path serverLog() {
        return domainsDirectory.resolve(name).resolve("logs/server.log");
    }

    /**
     * Makes sure the domain exists with exactly this configuration and is running.
     *
     * @param commands the asadmin commands, placeholders already substituted
     * @param secrets  password aliases to create (alias name → value), kept out of the command file
     */
    void startConfigured(List<String> commands, Map<String, String> secrets) throws IOException {
        stopIfRunning();
        String wanted = sha256(String.join("\n", commands) + secrets + payaraHome + adminPassword);
        Path hashFile = domainsDirectory.resolve(name).resolve(HASH_FILE);
        boolean upToDate = Files.exists(hashFile) && Files.readString(hashFile).equals(wanted);
        if (upToDate) {
            asadmin("start-domain", "--domaindir", domainsDirectory.toString(), name);
            return;
        }
        if (Files.isDirectory(domainsDirectory.resolve(name))) {
            asadmin("delete-domain", "--domaindir", domainsDirectory.toString(), name);
        }
        Files.createDirectories(domainsDirectory);
        List<String> create = new ArrayList<>(List.of("create-domain", "--domaindir", domainsDirectory.toString()));
        if (portBase != 0) {
            create.addAll(List.of("--portbase", Integer.toString(portBase)));
        }
        create.add(name);
        asadmin(create.toArray(String[]::new));
        asadmin("start-domain", "--domaindir", domainsDirectory.toString(), name);
        for (var secret : secrets.entrySet()) {
            remote(Map.of("AS_ADMIN_ALIASPASSWORD", secret.getValue()), "create-password-alias", secret.getKey());
        }
        Path commandFile = Files.createTempFile("crm-domain", ".asadmin");
        try {
            Files.write(commandFile, commands, StandardCharsets.UTF_8);
            String output = remote("multimode", "--file", commandFile.toString());
            if (output.contains("failed.")) {
                throw new IOException("configuring domain " + name + " failed:\n" + output);
            }
        } finally {
            Files.delete(commandFile);
        }
        // JVM options and the MicroProfile switches take effect on restart.
        asadmin("stop-domain", "--domaindir", domainsDirectory.toString(), name);
        asadmin("start-domain", "--domaindir", domainsDirectory.toString(), name);
        Files.writeString(hashFile, wanted);
    }

    void startAgain() throws IOException {
        asadmin("start-domain", "--domaindir", domainsDirectory.toString(), name);
    }

    void deploy(Path ear, String applicationName) throws IOException {
        remote("deploy", "--force=true", "--name", applicationName, ear.toString());
    }

    boolean isRunning() {
        try {
            return run(false, "list-domains", "--domaindir", domainsDirectory.toString())
                    .lines().anyMatch(line -> line.startsWith(name + " running"));
        } catch (IOException e) {
            return false;
        }
    }

    void stopIfRunning() throws IOException {
        if (Files.isDirectory(domainsDirectory.resolve(name)) && isRunning()) {
            try {
                asadmin("stop-domain", "--kill=false", "--domaindir", domainsDirectory.toString(), name);
            } catch (IOException refused) {
                // A domain created before it had this password (or with none) refuses the credentials: stop its
                // process through the pid file, which needs no admin login
                asadmin("stop-domain", "--kill=true", "--domaindir", domainsDirectory.toString(), name);
            }
        }
    }

    private String remote(String... arguments) throws IOException {
        return remote(Map.of(), arguments);
    }

    private String remote(Map<String, String> passwords, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("--port", Integer.toString(adminPort())));
        command.addAll(List.of(arguments));
        return run(true, passwords, command.toArray(String[]::new));
    }

    private String asadmin(String... arguments) throws IOException {
        return run(true, Map.of(), arguments);
    }

    private String run(boolean mustSucceed, String... arguments) throws IOException {
        return run(mustSucceed, Map.of(), arguments);
    }

    /**
     * Runs asadmin as the admin user. The passwords go through a file only the owner can read, deleted afterwards,
     * never on the command line (where {@code ps} shows them).
     */
    private String run(boolean mustSucceed, Map<String, String> passwords, String... arguments) throws IOException {
        Path passwordFile = Files.createTempFile("crm-asadmin", ".txt",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            StringBuilder lines = new StringBuilder("AS_ADMIN_PASSWORD=" + adminPassword + "\n");
            passwords.forEach((key, value) -> lines.append(key).append('=').append(value).append('\n'));
            Files.writeString(passwordFile, lines);
            List<String> command = new ArrayList<>();
            command.add(payaraHome.resolve("bin/asadmin").toString());
            command.add("--interactive=false");
            command.addAll(List.of("--user", adminUser(), "--passwordfile", passwordFile.toString()));
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IOException("asadmin " + String.join(" ", arguments) + " timed out");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            if (mustSucceed && process.exitValue() != 0) {
                throw new IOException("asadmin " + String.join(" ", arguments) + " failed:\n" + output);
            }
            return output;
        } finally {
            Files.delete(passwordFile);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
