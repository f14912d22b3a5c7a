package com.aftersales.crm.batch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * A batch job is only another way in: it reads and chunks, then calls the same boundaries as the portal and REST —
 * never an area's control classes, never the database itself.
 */
class BatchArchitectureTest {

    private static final JavaClasses BATCH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.aftersales.crm.batch");

    @Test
    void jobsCallBoundariesNotControlClasses() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.aftersales.crm.*.control..")
                .check(BATCH);
    }

    @Test
    void jobsNeverTouchTheEntityManager() {
        noClasses().should().dependOnClassesThat().areAssignableTo(EntityManager.class).check(BATCH);
    }

    @Test
    void jobsDependOnEachOtherWithoutCycles() {
        slices().matching("com.aftersales.crm.batch.(*)..").should().beFreeOfCycles().check(BATCH);
    }
}
