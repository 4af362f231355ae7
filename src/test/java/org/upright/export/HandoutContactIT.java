package org.upright.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.upright.IntegrationTest;
import org.upright.LogFixture;
import org.upright.TestAccounts;
import org.upright.clinic.ClinicContact;
import org.upright.clinic.ClinicSettingsService;
import org.upright.program.ProgramService;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/** The printed handout tells the patient how to reach the clinic, and says so when the program is paused. */
@IntegrationTest
class HandoutContactIT {

    static final String ZONE = "Europe/Berlin";

    @Autowired
    ExportService exports;

    @Autowired
    ClinicSettingsService clinic;

    @Autowired
    ProgramService programs;

    @Autowired
    LogFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SecurityContextHolderStrategy securityContexts;

    UserAccount admin;
    UserAccount therapist;
    ClinicContact before;
    long patientId;

    @BeforeEach
    void aPatientOfAClinicWithItsDetailsSet() {
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
        admin = accounts.create(Role.ADMIN);
        before = accounts.as(admin, () -> clinic.current());
        accounts.as(
                admin,
                () -> clinic.save(new ClinicContact(
                        "Praxis am Park",
                        "+49 30 5550 1234",
                        "empfang@praxis.example",
                        "Parkweg 1, 10115 Berlin",
                        "112")));
        therapist = accounts.create(Role.THERAPIST);
        patientId = fixture.patientWithProgram(
                therapist, "Hanna", ZONE, fixture.today(ZONE).minusDays(10));
    }

    @AfterEach
    void putBack() {
        accounts.as(admin, () -> clinic.save(before));
    }

    @Test
    void the_handout_gives_the_clinics_contact_and_the_emergency_number() throws Exception {
        String text = handoutText();
        assertThat(text)
                .contains(
                        "Your clinic",
                        "Praxis am Park",
                        "Phone: +49 30 5550 1234",
                        "E-mail: empfang@praxis.example",
                        "Address: Parkweg 1, 10115 Berlin",
                        "call 112");
        assertThat(text).doesNotContain("paused");
    }

    @Test
    void the_handout_of_a_paused_program_says_it_is_paused() throws Exception {
        accounts.as(therapist, () -> programs.pause(patientId, fixture.today(ZONE), "Holiday"));
        String text = handoutText();
        assertThat(text).contains("Your program is paused").contains("Phone: +49 30 5550 1234");
    }

    @Test
    void without_a_phone_the_handout_says_where_to_find_one() throws Exception {
        accounts.as(admin, () -> clinic.save(new ClinicContact("Praxis am Park", "", "", "", "112")));
        assertThat(handoutText()).contains("Phone: not set up yet").doesNotContain("E-mail:");
    }

    private String handoutText() throws Exception {
        byte[] pdf = accounts.as(therapist, () -> exports.handout(patientId)).content();
        return PdfText.of(pdf);
    }
}
