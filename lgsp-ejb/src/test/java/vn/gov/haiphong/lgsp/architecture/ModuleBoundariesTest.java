package vn.gov.haiphong.lgsp.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the business modules (lgsp-ejb and lgsp-common), checked on their compiled classes: the build
 * fails when a class crosses one. Servlet and Undertow belong to the HTTP edge (lgsp-http and the WARs); an entity
 * knows nothing of the logic and facades above it; the shared module knows no capability.
 */
class ModuleBoundariesTest {

    private static final JavaClasses BUSINESS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.gov.haiphong.lgsp");

    @Test
    void theBusinessModulesKnowNoServletOrUndertow() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "io.undertow..")
                .because("HTTP handling lives in lgsp-http and the WARs; the exchange core is transport-neutral")
                .check(BUSINESS);
    }

    @Test
    void entitiesDependOnNothingAboveThem() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..")
                .because("an entity is the bottom layer of its capability").check(BUSINESS);
    }

    @Test
    void theSharedModuleKnowsNoCapability() {
        noClasses().that().resideInAPackage("vn.gov.haiphong.lgsp.common..")
                .should().dependOnClassesThat(resideInAPackage("vn.gov.haiphong.lgsp..")
                        .and(resideOutsideOfPackage("vn.gov.haiphong.lgsp.common..")))
                .because("lgsp-common is shared by every module and depends on none").check(BUSINESS);
    }
}
