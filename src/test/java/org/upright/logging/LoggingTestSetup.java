package org.upright.logging;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.upright.TestAccounts;
import org.upright.patient.NewPatient;
import org.upright.patient.PatientForm;
import org.upright.patient.PatientService;
import org.upright.program.ProgramService;
import org.upright.security.AccountService;
import org.upright.security.Role;
import org.upright.security.UserAccount;
import org.upright.security.UserAccountRepository;

/** A therapist and a patient of theirs, made through the services, with a program in a given phase. */
@Component
public class LoggingTestSetup {

    private final TestAccounts accounts;
    private final PatientService patients;
    private final ProgramService programs;
    private final org.upright.program.TemplateService templateService;
    private final AccountService accountService;
    private final UserAccountRepository userAccounts;
    private final Clock clock;

    LoggingTestSetup(
            TestAccounts accounts,
            PatientService patients,
            ProgramService programs,
            org.upright.program.TemplateService templateService,
            AccountService accountService,
            UserAccountRepository userAccounts,
            Clock clock) {
        this.accounts = accounts;
        this.patients = patients;
        this.programs = programs;
        this.templateService = templateService;
        this.accountService = accountService;
        this.userAccounts = userAccounts;
        this.clock = clock;
    }

    public record Made(UserAccount therapist, UserAccount patientAccount, long patientId, ZoneId zone) {

        public LocalDate today(Clock clock) {
            return LocalDate.now(clock.withZone(zone));
        }
    }

    /** A patient whose password is {@link TestAccounts#PASSWORD} (no change needed), in phase 1, 2 or 3; 0 = no program. */
    public Made patient(int phase, Set<String> contraindications) {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        return patientOf(therapist, phase, contraindications);
    }

    public Made patientOf(UserAccount therapist, int phase, Set<String> contraindications) {
        String email = "patient-" + System.nanoTime() + "@test.example";
        ZoneId zone = ZoneId.of("Europe/Berlin");
        NewPatient created = accounts.as(
                therapist,
                () -> patients.create(
                        new PatientForm("Pat", "Walker", email, null, zone.getId(), contraindications, null)));
        long patientId = created.patient().getId();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (phase > 0) {
            accounts.as(therapist, () -> {
                long templateId = templateService.templates().get(0).getId();
                programs.assign(patientId, templateId, today.minusDays(30));
                for (int p = 2; p <= phase; p++) {
                    programs.advancePhase(patientId, today.minusDays(30 - 10L * (p - 1)));
                }
            });
        }
        UserAccount admin = accounts.create(Role.ADMIN);
        accounts.as(
                admin,
                () -> accountService.setPassword(created.patient().getAccountId(), TestAccounts.PASSWORD, false));
        return new Made(
                therapist,
                userAccounts.findById(created.patient().getAccountId()).orElseThrow(),
                patientId,
                zone);
    }
}
