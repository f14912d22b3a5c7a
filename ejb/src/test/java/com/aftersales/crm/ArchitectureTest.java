package com.aftersales.crm;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering rule of STYLE.md: entity ← control ← boundary, areas meet only through boundaries. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.aftersales.crm");

    @Test
    void entitiesDependOnNothingOfOursButSharedAndTheirOwnArea() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..", "..platform..")
                .check(CLASSES);
    }

    @Test
    void controlNeverReachesUpToABoundary() {
        noClasses().that().resideInAPackage("..control..")
                .should().dependOnClassesThat().resideInAPackage("..boundary..")
                .check(CLASSES);
    }

    @Test
    void sharedValueTypesDependOnNoArea() {
        noClasses().that().resideInAPackage("com.aftersales.crm.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("..entity..", "..control..", "..boundary..")
                .check(CLASSES);
    }

    @Test
    void anAreaUsesAnotherAreaOnlyThroughItsBoundary() {
        String[] areas = {"security", "dealer", "provider", "product", "policy", "region", "customer", "installation",
                "servicecase", "dispatch", "followup", "survey", "information", "casestudy", "submission", "jobs", "report",
                "assessment", "dashboard", "demo", "timeline"};
        for (String area : areas) {
            for (String other : areas) {
                if (!area.equals(other)) {
                    noClasses().that().resideInAPackage("com.aftersales.crm." + area + "..")
                            .should().dependOnClassesThat().resideInAnyPackage(
                                    "com.aftersales.crm." + other + ".control..")
                            .check(CLASSES);
                }
            }
        }
    }
}
