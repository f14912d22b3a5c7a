package com.aftersales.crm.it.mapping;

import com.aftersales.crm.it.Deployments;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety net of the mapping: the schema comes from Flyway alone, so an entity whose table or column name the
 * mapping gets wrong fails only when it is read. Every entity of the metamodel is counted, loaded and read attribute by
 * attribute (collections element by element), and each attribute is selected on its own; and the provider's whole
 * mapping (tables, columns with their insert and update flags, join and order columns, enum conversion, version
 * column) must stay the one recorded in {@code entity-mapping/mapping.txt}, so that a change meant to write the
 * mapping more briefly cannot change what it maps to.
 */
@ExtendWith(ArquillianExtension.class)
class EntityMappingIT {

    private static final int ROWS = 200;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(EntityMappingIT.class.getPackage(), "ear/src/test/resources/entity-mapping");
    }

    @Inject
    MappedRows rows;

    @Test
    void everyAttributeOfEveryEntityReadsFromItsColumn() {
        List<String> entities = rows.entityNames();
        assertThat(entities).hasSizeGreaterThanOrEqualTo(33).contains("ServiceCase", "Customer", "InstallationArchive");
        List<String> failures = new ArrayList<>();
        long rowsRead = 0;
        for (String entity : entities) {
            try {
                long count = rows.count(entity);
                int read = rows.readEveryAttribute(entity, ROWS);
                assertThat(read).as(entity).isEqualTo((int) Math.min(count, ROWS));
                rowsRead += read;
            } catch (RuntimeException e) {
                failures.add(entity + ": " + rootCause(e));
            }
            for (String path : rows.attributePaths(entity)) {
                try {
                    rows.select(entity, path, 5);
                } catch (RuntimeException e) {
                    failures.add(entity + "." + path + ": " + rootCause(e));
                }
            }
        }
        assertThat(failures).isEmpty();
        // the demo data fills most tables: the sweep read real rows, not only empty tables
        assertThat(rowsRead).isGreaterThan(1000);
    }

    @Test
    void theMappingStaysTheOneTheSchemaWasWrittenFor() throws IOException {
        List<String> actual = rows.mapping();
        // beside the server's temporary files, to compare by hand or to record as the new expectation
        Path written = Path.of(System.getProperty("java.io.tmpdir"), "entity-mapping-actual.txt");
        Files.write(written, actual, StandardCharsets.UTF_8);
        List<String> expected = expected();
        Set<String> missing = new LinkedHashSet<>(expected);
        actual.forEach(missing::remove);
        Set<String> unexpected = new LinkedHashSet<>(actual);
        expected.forEach(unexpected::remove);
        assertThat(missing).as("mapped before, no longer (actual in " + written + ")").isEmpty();
        assertThat(unexpected).as("mapped now, not before (actual in " + written + ")").isEmpty();
        assertThat(actual).hasSameSizeAs(expected);
    }

    @Test
    void whatTheMappingSaysIsNeverNullTheSchemaSaysToo() {
        // nullable = false only feeds schema generation, which Flyway does instead: the database must enforce it
        assertThat(rows.notNullOnlyInTheMapping()).isEmpty();
    }

    private static List<String> expected() {
        try (InputStream in = EntityMappingIT.class.getResourceAsStream("/entity-mapping/mapping.txt")) {
            assertThat(in).as("entity-mapping/mapping.txt").isNotNull();
            return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
