package com.aftersales.crm.it;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * What the integration tests deploy: the real EAR as the build made it, and for tests that run inside the server
 * the same EAR plus a test WAR holding the test classes.
 */
public final class Deployments {

    private static final String TEST_WAR = "crm-test.war";

    /** The EAR exactly as shipped, for tests that drive it from outside (REST, browser). */
    public static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("crm.ear")));
    }

    /** The EAR plus a test module with the given package of in-container tests and their helpers. */
    public static EnterpriseArchive withTests(Package testPackage) {
        return withTests(testPackage, null);
    }

    /**
     * As {@link #withTests(Package)}, with a folder of the project (relative to its root) on the test module's class
     * path under its own name, e.g. the bad-input corpus of {@code ejb/src/test/resources/submission-corpus}.
     */
    public static EnterpriseArchive withTests(Package testPackage, String resourceFolder) {
        EnterpriseArchive ear = application();
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_WAR)
                .addPackages(true, testPackage)
                .addClass(Poll.class)
                .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class))
                .addAsLibrary(jarOf(org.junit.jupiter.params.ParameterizedTest.class))
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" "
                        + "bean-discovery-mode=\"all\"/>"), "beans.xml");
        if (resourceFolder != null) {
            File folder = new File(System.getProperty("crm.project.root"), resourceFolder);
            tests.addAsResource(folder, folder.getName());
        }
        ear.addAsModule(Testable.archiveToTest(tests));
        // The test module's entry goes after the application's own modules (see STACK.md).
        String descriptor = read(ear, "META-INF/application.xml");
        int end = descriptor.lastIndexOf("</module>") + "</module>".length();
        descriptor = descriptor.substring(0, end)
                + "<module><web><web-uri>" + TEST_WAR + "</web-uri><context-root>/crm-test</context-root></web></module>"
                + descriptor.substring(end);
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(descriptor));
        return ear;
    }

    private static String read(EnterpriseArchive ear, String path) {
        try (InputStream in = ear.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Deployments() {
    }
}
