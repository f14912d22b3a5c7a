package com.aftersales.crm;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The import rule for the quality complaint and return areas, stricter than the general one: they meet every other
 * area — and each other — only through a boundary.
 */
class QualityAndReturnsArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.aftersales.crm");

    @Test
    void theyMeetOtherAreasOnlyThroughBoundaries() {
        noClasses().that().resideInAnyPackage("com.aftersales.crm.quality..", "com.aftersales.crm.returns..")
                .should().dependOnClassesThat().resideInAnyPackage("com.aftersales.crm.customer.control..",
                        "com.aftersales.crm.installation.control..", "com.aftersales.crm.policy.control..",
                        "com.aftersales.crm.product.control..", "com.aftersales.crm.security.control..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("com.aftersales.crm.returns..")
                .should().dependOnClassesThat().resideInAnyPackage("com.aftersales.crm.quality.control..",
                        "com.aftersales.crm.quality.entity..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages("com.aftersales.crm.quality..", "com.aftersales.crm.returns..")
                .should().dependOnClassesThat().resideInAnyPackage("com.aftersales.crm.quality.control..",
                        "com.aftersales.crm.returns.control..")
                .check(CLASSES);
    }
}
