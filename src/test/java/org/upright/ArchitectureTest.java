package org.upright;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.upright");

    @Test
    void views_reach_data_only_through_services() {
        noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .check(classes);
    }

    @Test
    void views_never_use_the_loaders_that_skip_access_checks() {
        // FiguresService, Alerts and AuditLog serve other services, which check access first
        noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.upright.adherence.FiguresService")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.upright.alert.Alerts")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.upright.audit.AuditLog")
            .check(classes);
    }

    @Test
    void the_numbers_depend_on_nothing_but_the_jdk() {
        noClasses().that().resideInAPackage("org.upright.adherence")
            .and().haveSimpleNameNotEndingWith("Service")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                "com.vaadin..")
            .check(classes);
    }
}
