package vn.gov.haiphong.lgsp.ws;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * lgsp-ws translates between its wire format and the capabilities' facades and DTOs; it never touches a persistent
 * entity (the value enums declared beside them, such as a service's status, travel in the DTOs and are allowed).
 */
class ModuleBoundariesTest {

    @Test
    void noEntityIsUsedDirectly() {
        noClasses().should().dependOnClassesThat(annotatedWith(Entity.class).or(annotatedWith(Embeddable.class)))
                .because("entities stay behind their capability's boundary; the edge speaks DTOs")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("vn.gov.haiphong.lgsp.ws"));
    }
}
