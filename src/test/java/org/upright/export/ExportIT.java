package org.upright.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.TestPatients;
import org.upright.base.NotFoundException;
import org.upright.patient.NewPatient;
import org.upright.security.Role;
import org.upright.security.SystemActor;
import org.upright.security.UserAccount;

@IntegrationTest
class ExportIT {

    private static final FhirContext FHIR = FhirContext.forR4();

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestPatients testPatients;

    @Autowired
    ExportService exportService;

    @Autowired
    SystemActor system;

    @Autowired
    JdbcTemplate jdbc;

    UserAccount therapist;
    NewPatient patient;
    long patientId;

    @BeforeEach
    void aPatientWithAProgramAndTwoDaysOfLogs() {
        therapist = accounts.create(Role.THERAPIST);
        patient = testPatients.create(therapist, "Frida", "Export", "Prefers evening walks");
        patientId = patient.patient().getId();
        testPatients.assignProgram(therapist, patientId);
        testPatients.logSessions(patientId, LocalDate.now().minusDays(2), "=HYPERLINK(\"x\") felt good");
        testPatients.logSessions(patientId, LocalDate.now().minusDays(1), "a little stiff");
    }

    @Test
    void the_patients_own_download_holds_the_therapists_notes_as_the_notes_field_says() throws Exception {
        org.upright.security.AccountPrincipal self =
                system.principalOf(patient.patient().getAccountId());
        Export export = system.runAs(self, () -> exportService.csv(exportService.ownPatientId()));
        String text = new String(export.content(), StandardCharsets.UTF_8);

        assertThat(text).contains("Prefers evening walks");
    }

    @Test
    void the_fhir_bundle_passes_hapis_validator_without_errors() {
        Export export = accounts.as(therapist, () -> exportService.fhirBundle(patientId));
        String json = new String(export.content(), StandardCharsets.UTF_8);

        FhirValidator validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(FHIR));
        ValidationResult result = validator.validateWithResult(json);
        List<SingleValidationMessage> errors = result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .toList();
        assertThat(errors)
                .as(() -> errors.stream()
                        .map(m -> m.getLocationString() + ": " + m.getMessage())
                        .reduce("", (a, b) -> a + "\n" + b))
                .isEmpty();

        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
        assertThat(export.contentType()).startsWith("application/fhir+json");
        Patient fhirPatient = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(Patient.class::isInstance)
                .map(Patient.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(fhirPatient.getNameFirstRep().getFamily()).isEqualTo("Export");
        CarePlan plan = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(CarePlan.class::isInstance)
                .map(CarePlan.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(plan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(plan.getActivity()).isNotEmpty();
        assertThat(plan.getActivityFirstRep().getDetail().getCode().getText()).isEqualTo("Walking");
        List<Observation> observations = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(Observation.class::isInstance)
                .map(Observation.class::cast)
                .toList();
        assertThat(observations.stream()
                        .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("55411-3")))
                .hasSize(2)
                .allSatisfy(o -> {
                    assertThat(o.getValueQuantity().getValue().intValue()).isEqualTo(20);
                    assertThat(o.getValueQuantity().getCode()).isEqualTo("min");
                })
                // effective is the day the session was done, not the moment it was typed in
                .extracting(o -> o.getEffectiveDateTimeType().getValueAsString())
                .containsExactlyInAnyOrder(
                        LocalDate.now().minusDays(2).toString(),
                        LocalDate.now().minusDays(1).toString());
        assertThat(observations.stream()
                        .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("72514-3")))
                .hasSize(4)
                .extracting(o -> o.getValueIntegerType().getValue())
                .containsExactlyInAnyOrder(3, 2, 3, 2);
    }

    @Test
    void the_csv_holds_the_details_prescription_versions_and_every_session_with_its_exercises() throws Exception {
        Export export = accounts.as(therapist, () -> exportService.csv(patientId));
        String text = new String(export.content(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();

        assertThat(rows).anySatisfy(r -> assertThat(r.values()).containsExactly("last name", "Export"));
        assertThat(rows).anySatisfy(r -> assertThat(r.values()).containsExactly("notes", "Prefers evening walks"));
        int versions = rows.indexOf(rows.stream()
                .filter(r -> r.get(0).equals("Prescription versions"))
                .findFirst()
                .orElseThrow());
        assertThat(rows.get(versions + 2).get(3)).isEqualTo("running");
        assertThat(rows).anySatisfy(r -> assertThat(r.values()).contains("a little stiff"));
        // a note that a spreadsheet would run as a formula is neutralised
        assertThat(rows).anySatisfy(r -> assertThat(r.values()).contains("'=HYPERLINK(\"x\") felt good"));
        assertThat(rows.stream().filter(r -> r.size() > 11 && r.get(11).equals("done")))
                .hasSize(2);
        assertThat(count("RECORD_EXPORTED", "format=csv")).isEqualTo(1);
    }

    @Test
    void the_handout_is_a_pdf_of_the_prescription_in_force() throws Exception {
        Export export = accounts.as(therapist, () -> exportService.handout(patientId));
        assertThat(export.contentType()).isEqualTo("application/pdf");
        assertThat(new String(export.content(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        var reader = new org.openpdf.text.pdf.PdfReader(export.content());
        String text = new org.openpdf.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        var walks = jdbc.queryForMap(
                "SELECT walks_per_day, minutes_per_walk FROM prescription pr JOIN program pg "
                        + "ON pg.id = pr.program_id WHERE pg.patient_id = ? ORDER BY pr.id DESC LIMIT 1",
                patientId);
        assertThat(text)
                .contains(
                        "Your home program",
                        "Frida Export",
                        "Walking",
                        walks.get("minutes_per_walk") + " minutes each time");
        assertThat(count("RECORD_EXPORTED", "format=pdf-handout")).isEqualTo(1);
    }

    @Test
    void a_patient_downloads_their_own_data_and_no_one_elses() {
        var me = system.principalOf(patient.patient().getAccountId());
        long own = system.runAs(me, () -> exportService.ownPatientId());
        assertThat(own).isEqualTo(patientId);
        Export mine = system.runAs(me, () -> exportService.csv(own));
        assertThat(new String(mine.content(), StandardCharsets.UTF_8)).contains("Frida");

        UserAccount otherTherapist = accounts.create(Role.THERAPIST);
        long other =
                testPatients.create(otherTherapist, "Oth", "Er", "").patient().getId();
        assertThatThrownBy(() -> system.runAs(me, () -> exportService.fhirBundle(other)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(otherTherapist, () -> exportService.csv(patientId)))
                .isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'RECORD_EXPORTED' "
                                + "AND patient_id = ? AND actor_role = 'PATIENT' AND actor_email IS NULL",
                        Integer.class,
                        patientId))
                .isEqualTo(1);
    }

    private int count(String action, String detail) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = ? AND detail = ? " + "AND patient_id = ?",
                Integer.class,
                action,
                detail,
                patientId);
        return n == null ? 0 : n;
    }
}
