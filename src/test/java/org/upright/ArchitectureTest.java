package org.upright;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.upright.adherence.FiguresService;
import org.upright.alert.Alerts;
import org.upright.audit.AuditLog;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.upright");

    @Test
    void views_reach_data_only_through_services() {
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "org.upright.shell..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .belongToAnyOf(JdbcTemplate.class, NamedParameterJdbcTemplate.class, EntityManager.class)
                .check(classes);
    }

    @Test
    void views_never_use_the_loaders_that_skip_access_checks() {
        // FiguresService, Alerts and AuditLog serve other services, which check access first
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "org.upright.shell..")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(FiguresService.class, Alerts.class, AuditLog.class)
                .check(classes);
    }

    @Test
    void the_numbers_depend_on_nothing_but_the_jdk() {
        noClasses()
                .that()
                .resideInAPackage("org.upright.adherence")
                .and()
                .haveSimpleNameNotEndingWith("Service")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void services_keep_no_sql_of_their_own() {
        // SQL lives in package-private query classes and data doors next to the table's owner
        noClasses()
                .that()
                .areAnnotatedWith(Service.class)
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(JdbcTemplate.class, NamedParameterJdbcTemplate.class)
                .check(classes);
    }
}
