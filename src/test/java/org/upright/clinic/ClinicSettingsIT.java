package org.upright.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.base.EnglishErrors;
import org.upright.base.InvalidInputException;
import org.upright.security.Role;
import org.upright.security.UserAccount;

@IntegrationTest
class ClinicSettingsIT {

    @Autowired
    ClinicSettingsService clinic;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecurityContextHolderStrategy securityContexts;

    UserAccount admin;
    ClinicContact before;

    @BeforeEach
    void remember() {
        // a browser test's context in the same JVM may have installed its own holder strategy
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
        admin = accounts.create(Role.ADMIN);
        before = accounts.as(admin, () -> clinic.current());
    }

    @AfterEach
    void putBack() {
        accounts.as(admin, () -> clinic.save(before));
    }

    @Test
    void a_fresh_install_names_the_clinic_and_the_emergency_number() {
        assertThat(jdbc.queryForObject(
                        "SELECT value FROM clinic_setting WHERE name = 'clinic.emergencyNumber'", String.class))
                .isEqualTo("112");
        assertThat(jdbc.queryForObject("SELECT value FROM clinic_setting WHERE name = 'clinic.name'", String.class))
                .isEqualTo("Upright Physiotherapy");
    }

    @Test
    void an_admin_saves_the_contact_and_everyone_signed_in_reads_it_and_the_change_is_audited() {
        ClinicContact contact = new ClinicContact(
                "Praxis am Park", " +49 30 1234 567 ", "empfang@praxis.example", "Parkweg 1\n10115 Berlin", "112");
        long auditsBefore = settingsAudits();

        accounts.as(admin, () -> clinic.save(contact));

        ClinicContact read = accounts.as(accounts.create(Role.PATIENT), () -> clinic.current());
        assertThat(read).isEqualTo(contact);
        assertThat(read.phone()).as("kept without the stray spaces").isEqualTo("+49 30 1234 567");
        assertThat(accounts.as(accounts.create(Role.THERAPIST), () -> clinic.current()))
                .isEqualTo(contact);
        assertThat(settingsAudits()).isEqualTo(auditsBefore + 1);
        assertThat(jdbc.queryForObject(
                        "SELECT detail FROM audit_event WHERE action = 'SETTINGS_CHANGED' "
                                + "ORDER BY id DESC LIMIT 1",
                        String.class))
                .startsWith("clinic contact changed:")
                .contains("phone");
    }

    @Test
    void a_therapist_or_a_patient_cannot_change_the_contact() {
        ClinicContact forged = new ClinicContact("Not the clinic", "0800 000 000", "", "", "112");
        assertThatThrownBy(() -> accounts.as(accounts.create(Role.THERAPIST), () -> clinic.save(forged)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(accounts.create(Role.PATIENT), () -> clinic.save(forged)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.as(admin, () -> clinic.current())).isEqualTo(before);
    }

    @Test
    void nobody_signed_in_reads_nothing() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> clinic.current())
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_bad_phone_email_or_length_is_refused_at_its_field_and_nothing_is_saved() {
        String tooLong = "x".repeat(ClinicContact.MAX_LENGTH + 1);
        ClinicContact bad = new ClinicContact("", "call us", "reception-at-clinic", tooLong, "");

        assertThatThrownBy(() -> accounts.as(admin, () -> clinic.save(bad)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        ex -> assertThat(EnglishErrors.of(ex))
                                .containsEntry("name", "Enter the clinic's name, as patients know it.")
                                .containsEntry(
                                        "phone",
                                        "Enter a phone number with digits, spaces and + ( ) - only, e.g. +49 30 1234567.")
                                .containsEntry(
                                        "email",
                                        "Enter an e-mail address such as reception@clinic.example, or leave it empty.")
                                .containsEntry("address", "Keep this to 200 characters or fewer.")
                                .containsEntry(
                                        "emergencyNumber", "Enter the local emergency number, e.g. 112 or 911."));
        assertThatThrownBy(
                        () -> accounts.as(admin, () -> clinic.save(new ClinicContact("Clinic", "12", "", "", "1-1"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        ex -> assertThat(ex.fieldErrors()).containsOnlyKeys("phone"));
        assertThatThrownBy(() -> accounts.as(
                        admin,
                        () -> clinic.save(
                                new ClinicContact("Clinic", "", "", "", "x" + "1".repeat(ClinicContact.MAX_LENGTH)))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        ex -> assertThat(ex.fieldErrors()).containsOnlyKeys("emergencyNumber"));
        assertThat(accounts.as(admin, () -> clinic.current())).isEqualTo(before);

        // exactly the column's limit fits, and an empty phone, e-mail and address are allowed
        String longest = "a".repeat(ClinicContact.MAX_LENGTH);
        accounts.as(admin, () -> clinic.save(new ClinicContact(longest, "", "", longest, "15")));
        assertThat(accounts.as(admin, () -> clinic.current()).address()).hasSize(ClinicContact.MAX_LENGTH);
    }

    private long settingsAudits() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'SETTINGS_CHANGED'", Long.class);
    }
}
