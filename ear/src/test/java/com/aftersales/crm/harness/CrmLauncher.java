package com.aftersales.crm.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * The demo run: {@code run} starts PostgreSQL and Payara, deploys the EAR, prints the URL and the demo logins and
 * waits for Ctrl-C, which stops both; {@code stop} stops what a killed run left behind.
 */
public final class CrmLauncher {

    private static final String[] DEMO_USERS = {"agent", "supervisor", "supervisor2", "info", "dealer", "dealer2", "provider", "provider2", "manager", "admin"};

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("crm.project.root", ".")).toAbsolutePath().normalize();
        Harness harness = Harness.demo(root);
        String command = args.length == 0 ? "run" : args[0];
        switch (command) {
            case "stop" -> {
                harness.stopLeftOvers();
                System.out.println("Stopped.");
            }
            case "run" -> run(harness, root.resolve("ear/target/crm.ear"));
            default -> throw new IllegalArgumentException("usage: CrmLauncher run|stop");
        }
    }

    private static void run(Harness harness, Path ear) throws IOException, InterruptedException {
        Instant started = Instant.now();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Payara and PostgreSQL…");
            try {
                harness.close();
            } catch (IOException e) {
                System.err.println("Stopping failed: " + e.getMessage());
            }
            stopped.countDown();
        }, "crm-stop"));
        harness.start();
        harness.deploy(ear);
        Duration took = Duration.between(started, Instant.now());
        System.out.printf("%n  After-sales service CRM is running (started in %d s).%n", took.toSeconds());
        System.out.printf("  Portal:   %s%n", harness.baseUrl());
        System.out.printf("  REST API: %sapi/health  (OpenAPI: %sapi/openapi.json)%n", harness.baseUrl(), harness.baseUrl());
        System.out.printf("  Demo logins (every user's password: %s):%n   ", harness.demoPassword());
        for (String user : DEMO_USERS) {
            System.out.print(" " + user);
        }
        System.out.printf("%n  Payara admin console: http://localhost:%d/ (this machine only; user %s, password in %s)%n",
                harness.adminPort(), harness.adminUser(), harness.adminPasswordFile());
        System.out.printf("  Server log: %s%n  Press Ctrl-C to stop.%n", harness.serverLog());
        stopped.await();
    }

    private CrmLauncher() {
    }
}
