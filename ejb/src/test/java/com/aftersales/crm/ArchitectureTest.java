package com.aftersales.crm;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering rule of STYLE.md: entity ← control ← boundary, areas meet only through boundaries. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.aftersales.crm");

    /** Every business area; {@code shared} (value types) and {@code platform} (what the areas stand on) are not areas. */
    static final String[] AREAS = {"security", "dealer", "provider", "product", "policy", "region", "customer",
            "calendar", "installation", "timeline", "servicecase", "dispatch", "followup", "survey", "information", "casestudy",
            "submission", "jobs", "report", "assessment", "dashboard", "demo", "productbatch", "idempotency", "apiclient"};

    private static String[] areaPackages() {
        return java.util.Arrays.stream(AREAS).map(area -> "com.aftersales.crm." + area + "..").toArray(String[]::new);
    }

    @Test
    void entitiesDependOnNothingOfOursButSharedAndTheirOwnArea() {
        for (String area : AREAS) {
            noClasses().that().resideInAPackage("com.aftersales.crm." + area + ".entity..")
                    .should().dependOnClassesThat(resideInAPackage("com.aftersales.crm..")
                            .and(not(resideInAnyPackage("com.aftersales.crm.shared..", "com.aftersales.crm." + area + ".entity.."))))
                    .allowEmptyShould(true)          // not every area has entities of its own (demo)
                    .check(CLASSES);
        }
    }

    @Test
    void noTwoAreasDependOnEachOtherInACycle() {
        slices().matching("com.aftersales.crm.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void onlyControlClassesTouchTheEntityManager() {
        noClasses().that().resideOutsideOfPackage("..control..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .because("each table's statements have one home, its area's control classes (report and dashboard are "
                        + "read models: their control classes may read every table)")
                .check(CLASSES);
    }

    @Test
    void thePlatformStandsOnNoArea() {
        noClasses().that().resideInAPackage("com.aftersales.crm.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(areaPackages())
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
        for (String area : AREAS) {
            for (String other : AREAS) {
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
