package com.aftersales.crm.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Views are dumb: they reach the domain through boundaries, never through control beans or an EntityManager. */
class ArchitectureTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.aftersales.crm.web");

    @Test
    void webUsesNoControlBean() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.aftersales.crm..control..").check(WEB);
    }

    @Test
    void webHasNoEntityManager() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager").check(WEB);
    }

    /** Each web package can be understood (and moved) with the ones below it: the shell, then security, then areas. */
    @Test
    void webPackagesAreFreeOfCycles() {
        slices().matching("com.aftersales.crm.web.(*)..").should().beFreeOfCycles().check(WEB);
    }
}
