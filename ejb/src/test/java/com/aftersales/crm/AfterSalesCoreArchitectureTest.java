package com.aftersales.crm;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The after-sales core — customers, installations, cases, dispatch, quality complaints, returns and the timeline they
 * all write — depends on itself without cycles, so each area can be read (and changed) knowing only those below it.
 */
class AfterSalesCoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.aftersales.crm.customer", "com.aftersales.crm.installation",
                    "com.aftersales.crm.servicecase", "com.aftersales.crm.dispatch", "com.aftersales.crm.quality",
                    "com.aftersales.crm.returns", "com.aftersales.crm.timeline");

    @Test
    void theCoreAreasDependOnEachOtherWithoutCycles() {
        slices().matching("com.aftersales.crm.(*)..").should().beFreeOfCycles().check(CORE);
    }
}
