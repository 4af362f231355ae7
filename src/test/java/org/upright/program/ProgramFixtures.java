package org.upright.program;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.upright.TestAccounts;
import org.upright.patient.NewPatient;
import org.upright.patient.PatientForm;
import org.upright.patient.PatientService;
import org.upright.security.UserAccount;

/** Patients with a program, made through the services as their therapist would. */
@Component
public class ProgramFixtures {

    private final TestAccounts accounts;
    private final PatientService patients;
    private final ProgramService programs;
    private final TemplateService templateService;

    ProgramFixtures(
            TestAccounts accounts, PatientService patients, ProgramService programs, TemplateService templateService) {
        this.accounts = accounts;
        this.patients = patients;
        this.programs = programs;
        this.templateService = templateService;
    }

    public NewPatient patientOf(UserAccount therapist, String... contraindications) {
        String email = "pat-" + System.nanoTime() + "@test.example";
        return accounts.as(
                therapist,
                () -> patients.create(new PatientForm(
                        "Pat",
                        "Ient " + System.nanoTime() % 1000,
                        email,
                        null,
                        "Europe/London",
                        Set.of(contraindications),
                        null)));
    }

    public long builtInTemplateId(UserAccount therapist) {
        return accounts.as(
                therapist,
                () -> templateService.templates().stream()
                        .filter(ProgramTemplate::isBuiltIn)
                        .findFirst()
                        .orElseThrow()
                        .getId());
    }

    /** A patient whose program started a week ago. */
    public long patientWithProgram(UserAccount therapist, String... contraindications) {
        long patientId = patientOf(therapist, contraindications).patient().getId();
        long templateId = builtInTemplateId(therapist);
        accounts.as(
                therapist,
                () -> programs.assign(patientId, templateId, LocalDate.now().minusDays(7)));
        return patientId;
    }
}
