package org.upright.export;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.alert.AlertRule;
import org.upright.alert.AlertService;
import org.upright.alert.Alerts;
import org.upright.logging.ContextTag;
import org.upright.logging.ExerciseOutcome;
import org.upright.logging.ExerciseResult;
import org.upright.logging.LoggingService;
import org.upright.logging.LoggingTestSetup;
import org.upright.logging.RedFlagQuestion;
import org.upright.logging.RedFlagService;
import org.upright.logging.StretchEntry;
import org.upright.logging.WalkEntry;
import org.upright.outcome.Answer;
import org.upright.outcome.DueQuestionnaire;
import org.upright.outcome.OutcomeService;
import org.upright.outcome.QuestionnaireItem;
import org.upright.program.ProgramService;

/**
 * The record of a patient with every kind of data Upright keeps: several prescription versions (one
 * superseded, one scheduled), walks and stretch sessions (one stretch too uncomfortable), context
 * tags and notes, a contraindication, a pause that ended and one that lasts, safety checks with and
 * without a "yes", an acknowledged and an open alert.
 */
@IntegrationTest
class CompleteRecordIT {

    private static final FhirContext FHIR = FhirContext.forR4();

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ExportService exports;

    @Autowired
    ProgramService programs;

    @Autowired
    LoggingService logging;

    @Autowired
    RedFlagService redFlags;

    @Autowired
    AlertService alertService;

    @Autowired
    Alerts alerts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    OutcomeService outcomes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    LoggingTestSetup.Made p;
    LocalDate today;

    @BeforeEach
    void aPatientWithEveryKindOfData() {
        // phase 1 from 30 days ago, phase 2 (stretches) from 20 days ago
        p = setup.patient(2, Set.of("NECK_INJURY"));
        today = p.today(clock);
        long patientId = p.patientId();
        accounts.as(p.therapist(), () -> {
            programs.save(
                    patientId,
                    programs.draft(patientId)
                            .withEffectiveFrom(today.minusDays(6))
                            .withWalking(3, 25));
            programs.save(
                    patientId,
                    programs.draft(patientId)
                            .withEffectiveFrom(today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)))
                            .withWalking(2, 35));
            programs.pause(patientId, today.minusDays(5), "Holiday");
            programs.resume(patientId, today.minusDays(3));
        });
        List<Long> stretches = jdbc.queryForList("""
            SELECT pe.exercise_id FROM prescription_exercise pe JOIN prescription pr ON pr.id = pe.prescription_id
            JOIN program pg ON pg.id = pr.program_id JOIN exercise e ON e.id = pe.exercise_id
            WHERE pg.patient_id = ? AND e.kind = 'STRETCH' AND pr.effective_from <= ?
            ORDER BY pr.effective_from DESC, pr.saved_at DESC, pe.position""", Long.class, patientId, today);
        accounts.as(p.patientAccount(), () -> {
            logging.logWalk(new WalkEntry(
                    "w1", today.minusDays(2), 30, 4, 3, "=felt fine", Set.of(ContextTag.DESK_WORK, ContextTag.SLEEP)));
            logging.logStretch(new StretchEntry(
                    "s1",
                    today.minusDays(2),
                    20,
                    List.of(
                            new ExerciseResult(stretches.get(0), ExerciseOutcome.DONE, 2),
                            new ExerciseResult(stretches.get(1), ExerciseOutcome.TOO_UNCOMFORTABLE, 6)),
                    5,
                    4,
                    "second one hurt",
                    Set.of(ContextTag.LIFTING)));
            logging.logWalk(WalkEntry.of("w2", today.minusDays(1), 25, 8, null));
            for (DueQuestionnaire due : outcomes.dueForMe()) {
                answer(due.questionnaire().code(), due.occasion().key(), false);
            }
        });
        long request = accounts.as(p.therapist(), () -> outcomes.request(patientId, "NECK_DISABILITY"));
        accounts.as(p.patientAccount(), () -> {
            // too few answers for a score: the record says why there is none
            answer("NECK_DISABILITY", "R" + request, true);
            redFlags.answer(answers());
            redFlags.answer(answers(RedFlagQuestion.NERVES));
        });
        long redFlag = jdbc.queryForObject(
                "SELECT id FROM alert WHERE patient_id = ? AND rule_code = 'RED_FLAG'", Long.class, patientId);
        accounts.as(p.therapist(), () -> alertService.acknowledge(redFlag, "Phoned, GP appointment booked"));
        transactions.executeWithoutResult(tx ->
                alerts.raise(patientId, AlertRule.HIGH_RATING, "export-test", "Discomfort rated 8 after a walk", "8"));
    }

    @Test
    void the_fhir_bundle_of_a_patient_with_every_kind_of_data_validates_against_base_r4_without_errors() {
        String json = fhirJson();

        ValidationSupportChain support = new ValidationSupportChain(
                new DefaultProfileValidationSupport(FHIR),
                new InMemoryTerminologyServerValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR));
        FhirValidator validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
        ValidationResult result = validator.validateWithResult(json);

        List<SingleValidationMessage> errors = result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .toList();
        long warnings = result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.WARNING)
                .count();
        System.out.println(
                "FHIR validation of the complete record: " + errors.size() + " errors, " + warnings + " warnings");
        // warnings that the validator cannot look a code up (LOINC, Upright's own systems) are expected; the rest
        // printed
        result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.WARNING)
                .filter(m -> !m.getMessage().startsWith("CodeSystem is unknown"))
                .map(m -> "  warning " + m.getLocationString() + ": " + m.getMessage())
                .forEach(System.out::println);
        assertThat(errors)
                .as(() -> errors.stream()
                        .map(m -> m.getLocationString() + ": " + m.getMessage())
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Test
    void every_reference_in_the_bundle_resolves_to_an_entry_of_the_same_bundle() {
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, fhirJson());
        Set<String> fullUrls = new HashSet<>();
        Set<String> canonicalUrls = new HashSet<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            assertThat(entry.getFullUrl()).startsWith("urn:uuid:");
            assertThat(fullUrls.add(entry.getFullUrl())).as("fullUrl is unique").isTrue();
            if (entry.getResource() instanceof MetadataResource definition) {
                canonicalUrls.add(definition.getUrl());
                canonicalUrls.add(definition.getUrl() + "|" + definition.getVersion());
            }
        }
        int references = 0;
        int canonicals = 0;
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            for (Reference reference : FHIR.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class)) {
                if (reference.getReference() == null) {
                    continue;
                }
                references++;
                assertThat(fullUrls)
                        .as(resource.fhirType() + " refers to " + reference.getReference())
                        .contains(reference.getReference());
            }
            for (CanonicalType canonical :
                    FHIR.newTerser().getAllPopulatedChildElementsOfType(resource, CanonicalType.class)) {
                canonicals++;
                assertThat(canonicalUrls)
                        .as(resource.fhirType() + " refers to " + canonical.getValue())
                        .contains(canonical.getValue());
            }
        }
        // subject, basedOn, performer, author, replaces, hasMember, derivedFrom ... all of them checked above
        assertThat(references).isGreaterThan(30);
        // the safety checks and the four answered questionnaires
        assertThat(canonicals).isEqualTo(6);
    }

    @Test
    void the_bundle_holds_every_version_session_check_and_alert_linked_as_an_integrator_reads_them() {
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, fhirJson());
        Map<String, Resource> byUrl = bundle.getEntry().stream()
                .collect(Collectors.toMap(
                        Bundle.BundleEntryComponent::getFullUrl, Bundle.BundleEntryComponent::getResource));

        List<Practitioner> practitioners = of(bundle, Practitioner.class);
        assertThat(practitioners).hasSize(1);
        assertThat(practitioners.get(0).getIdentifierFirstRep().getValue())
                .isEqualTo(Long.toString(p.therapist().getId()));

        assertThat(of(bundle, Condition.class)).singleElement().satisfies(c -> {
            assertThat(c.getCode().getCodingFirstRep().getCode()).isEqualTo("NECK_INJURY");
            assertThat(c.getCode().getText()).isEqualTo("Neck injury");
        });

        Integer versions = jdbc.queryForObject(
                "SELECT COUNT(*) FROM prescription pr JOIN program pg ON pg.id = pr.program_id WHERE pg.patient_id = ?",
                Integer.class,
                p.patientId());
        List<CarePlan> plans = of(bundle, CarePlan.class);
        assertThat(plans).hasSize(versions).hasSizeGreaterThanOrEqualTo(4);
        // oldest first: two revoked (superseded), the one in force on hold (the program is paused), one scheduled
        assertThat(plans)
                .extracting(CarePlan::getStatus)
                .containsExactly(
                        CarePlan.CarePlanStatus.REVOKED,
                        CarePlan.CarePlanStatus.REVOKED,
                        CarePlan.CarePlanStatus.ONHOLD,
                        CarePlan.CarePlanStatus.ACTIVE);
        for (int i = 1; i < plans.size(); i++) {
            assertThat(byUrl.get(plans.get(i).getReplacesFirstRep().getReference()))
                    .as("version %d replaces version %d", i + 1, i)
                    .isSameAs(plans.get(i - 1));
            assertThat(byUrl.get(plans.get(i).getAuthor().getReference())).isSameAs(practitioners.get(0));
        }
        assertThat(plans.get(2).getNote())
                .anySatisfy(n -> assertThat(n.getText())
                        .contains("Holiday", today.minusDays(5).toString()));
        assertThat(plans.get(1).getActivity())
                .anySatisfy(a -> assertThat(a.getDetail().getCode().getText()).isEqualTo("Stretch session"));

        List<Observation> observations = of(bundle, Observation.class);
        Observation stretch = observations.stream()
                .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("stretch-session"))
                .findFirst()
                .orElseThrow();
        assertThat(byUrl.get(stretch.getBasedOnFirstRep().getReference()))
                .as("based on the version in force that day")
                .isSameAs(plans.get(2));
        assertThat(stretch.getComponent())
                .anySatisfy(c -> {
                    assertThat(c.getCode().getText()).isEqualTo("Warm-up walk");
                    assertThat(c.getValue()).isInstanceOfSatisfying(Quantity.class, q -> {
                        assertThat(q.getValue().intValue()).isEqualTo(20);
                        assertThat(q.getCode()).isEqualTo("min");
                    });
                })
                .anySatisfy(c -> assertThat(c.getValue())
                        .isInstanceOfSatisfying(
                                CodeableConcept.class,
                                v -> assertThat(v.getCodingFirstRep().getCode()).isEqualTo("too-uncomfortable")))
                .anySatisfy(c -> {
                    assertThat(c.getCode().getCoding())
                            .anySatisfy(code -> assertThat(code.getCode()).isEqualTo("72514-3"));
                    assertThat(c.getValue())
                            .isInstanceOfSatisfying(
                                    IntegerType.class,
                                    v -> assertThat(v.getValue()).isEqualTo(6));
                });
        Observation pain =
                (Observation) byUrl.get(stretch.getHasMemberFirstRep().getReference());
        assertThat(pain.getCode().getCodingFirstRep().getCode()).isEqualTo("72514-3");
        assertThat(pain.getValueIntegerType().getValue()).isEqualTo(4);
        assertThat(observations.stream()
                        .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("55411-3")))
                .hasSize(2)
                .allSatisfy(o -> assertThat(o.getBasedOn()).hasSize(1));

        List<QuestionnaireResponse> checks = of(bundle, QuestionnaireResponse.class).stream()
                .filter(r -> r.getQuestionnaire().equals(FhirExport.SAFETY_CHECK_URL))
                .toList();
        assertThat(checks).hasSize(2);
        assertThat(checks.get(1).getItem()).anySatisfy(item -> {
            assertThat(item.getLinkId()).isEqualTo("NERVES");
            assertThat(item.getAnswerFirstRep().getValueBooleanType().booleanValue())
                    .isTrue();
        });

        assertThat(of(bundle, Flag.class))
                .hasSize(alertCount())
                .extracting(Flag::getStatus)
                .contains(Flag.FlagStatus.INACTIVE, Flag.FlagStatus.ACTIVE);
    }

    @Test
    void each_answered_questionnaire_is_a_questionnaire_response_with_its_score_as_an_observation_derived_from_it() {
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, fhirJson());
        Map<String, Resource> byUrl = bundle.getEntry().stream()
                .collect(Collectors.toMap(
                        Bundle.BundleEntryComponent::getFullUrl, Bundle.BundleEntryComponent::getResource));

        assertThat(of(bundle, Questionnaire.class))
                .extracting(Questionnaire::getName)
                .containsExactlyInAnyOrder("UprightSafetyCheck", "NECK_DISABILITY", "PSFS", "GLOBAL_CHANGE");
        List<QuestionnaireResponse> answered = of(bundle, QuestionnaireResponse.class).stream()
                .filter(r -> !r.getQuestionnaire().equals(FhirExport.SAFETY_CHECK_URL))
                .toList();
        assertThat(answered).hasSize(4);
        List<Observation> scores = of(bundle, Observation.class).stream()
                .filter(o -> o.getCode().getCoding().stream()
                        .anyMatch(c -> c.getSystem().equals(QuestionnaireFhir.SCORE_SYSTEM)))
                .toList();
        assertThat(scores)
                .hasSize(4)
                .allSatisfy(score -> assertThat(
                                byUrl.get(score.getDerivedFromFirstRep().getReference()))
                        .isInstanceOf(QuestionnaireResponse.class));

        // every item answered 2 above its lowest value: the disability index sums ten 2s
        Observation disability = scores.stream()
                .filter(o -> o.getCode().getCoding().stream()
                        .anyMatch(c -> c.getCode().equals("NECK_DISABILITY")))
                .filter(Observation::hasValueQuantity)
                .findFirst()
                .orElseThrow();
        assertThat(disability.getValueQuantity().getValue().doubleValue()).isEqualTo(20.0);
        assertThat(disability.getValueQuantity().getCode()).isEqualTo("{score}");
        assertThat(disability.getValueQuantity().getSystem()).isEqualTo("http://unitsofmeasure.org");
        assertThat(disability
                        .getComponentFirstRep()
                        .getValueQuantity()
                        .getValue()
                        .doubleValue())
                .isEqualTo(40.0);
        assertThat(scores)
                .filteredOn(o -> !o.hasValue())
                .singleElement()
                .satisfies(o -> assertThat(o.getDataAbsentReason().getText()).contains("unanswered"));

        QuestionnaireResponse functional = answered.stream()
                .filter(r -> r.getQuestionnaire().startsWith("urn:upright:questionnaire:PSFS"))
                .findFirst()
                .orElseThrow();
        assertThat(functional.getItem())
                .hasSize(3)
                .extracting(group -> group.getItem()
                        .get(0)
                        .getAnswerFirstRep()
                        .getValueStringType()
                        .getValue())
                .containsExactly("Carrying the shopping", "Looking over my shoulder when driving", "Reading in bed");
    }

    @Test
    void the_csv_says_in_words_what_the_tables_hold_as_codes() throws Exception {
        String english = csv(Locale.ENGLISH);
        List<CSVRecord> rows =
                CSVFormat.DEFAULT.parse(new StringReader(english)).getRecords();

        assertThat(rows).anySatisfy(r -> assertThat(r.values()).contains("too uncomfortable"));
        assertThat(rows).anySatisfy(r -> assertThat(r.values()).contains("contraindications", "neck injury"));
        assertThat(rows).anySatisfy(r -> assertThat(r.values()).contains("stretch session", "lifting or carrying"));
        assertThat(rows).anySatisfy(r -> assertThat(r.values()).contains("desk work; sleep"));
        assertThat(rows).anySatisfy(r -> assertThat(r.values()).contains("'=felt fine"));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.values()).contains("paused");
            assertThat(r.get(8)).endsWith("(therapist)");
        });
        assertThat(rows).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("therapist"));
        for (String code : List.of(
                "TOO_UNCOMFORTABLE",
                "NECK_INJURY",
                "DESK_WORK",
                "STRETCH",
                "WALK",
                "RED_FLAG",
                "HIGH_RATING",
                "CRITICAL",
                "PAUSED",
                "ACTIVE",
                "THERAPIST",
                "NERVES")) {
            assertThat(english).as("no stored code in the CSV").doesNotContain(code);
        }

        String german = csv(Locale.GERMAN);
        assertThat(german).contains("zu unangenehm", "Nackenverletzung", "Sicherheitsabfragen", "Warnungen", "Pausen");
    }

    @Test
    void the_patients_own_export_holds_their_safety_checks_alerts_and_pauses() throws Exception {
        String own = accounts.as(
                        p.patientAccount(),
                        () -> new String(
                                exports.csv(exports.ownPatientId(), Locale.ENGLISH)
                                        .content(),
                                StandardCharsets.UTF_8))
                .replace("\uFEFF", "");
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(own)).getRecords();
        List<String> titles =
                rows.stream().filter(r -> r.size() == 1).map(r -> r.get(0)).toList();
        assertThat(titles)
                .containsSubsequence(
                        "Patient",
                        "Prescription versions",
                        "Pauses",
                        "Session logs",
                        "Safety checks",
                        "Alerts",
                        "Questionnaires");
        assertThat(section(rows, "Questionnaires"))
                .anySatisfy(r -> assertThat(r.values()).contains("Carrying the shopping", "3"))
                .anySatisfy(r -> assertThat(r.get(3)).matches("after \\d+ weeks?"))
                .anySatisfy(r -> assertThat(r.values())
                        .contains(
                                "asked for by the therapist",
                                "more questions unanswered than the questionnaire allows"));

        assertThat(section(rows, "Pauses"))
                .extracting(r -> r.get(1) + " " + r.get(2) + " " + r.get(3))
                .containsExactly(
                        today.minusDays(5) + " " + today.minusDays(3) + " Holiday",
                        today + " still paused Red-flag check answered yes");
        assertThat(section(rows, "Safety checks"))
                .hasSize(2 * RedFlagQuestion.values().length)
                .anySatisfy(r -> assertThat(r.values())
                        .contains("New numbness, tingling or weakness in the legs or body?", "yes"));
        assertThat(section(rows, "Alerts"))
                .anySatisfy(r -> assertThat(r.values())
                        .contains(
                                "\"yes\" on the safety check",
                                "critical",
                                "acknowledged",
                                "Phoned, GP appointment booked"))
                .anySatisfy(r -> assertThat(r.values()).contains("discomfort rated 7 or more", "open"));

        Bundle bundle = accounts.as(
                p.patientAccount(),
                () -> FHIR.newJsonParser()
                        .parseResource(
                                Bundle.class,
                                new String(
                                        exports.fhirBundle(exports.ownPatientId())
                                                .content(),
                                        StandardCharsets.UTF_8)));
        assertThat(of(bundle, QuestionnaireResponse.class)).hasSize(6);
        assertThat(of(bundle, Flag.class)).hasSize(alertCount());
    }

    private int alertCount() {
        Integer n =
                jdbc.queryForObject("SELECT COUNT(*) FROM alert WHERE patient_id = ?", Integer.class, p.patientId());
        return n == null ? 0 : n;
    }

    /** The rows under a section's header row, up to the next section's title. */
    private static List<CSVRecord> section(List<CSVRecord> rows, String title) {
        int start = 0;
        while (!(rows.get(start).size() == 1 && rows.get(start).get(0).equals(title))) {
            start++;
        }
        int end = start + 2;
        // the parser skips the empty row between sections: a section ends at the next one-cell title row
        while (end < rows.size() && rows.get(end).size() > 1) {
            end++;
        }
        return rows.subList(start + 2, end);
    }

    private String fhirJson() {
        return accounts.as(
                p.therapist(),
                () -> new String(exports.fhirBundle(p.patientId()).content(), StandardCharsets.UTF_8));
    }

    private String csv(Locale locale) {
        return accounts.as(
                        p.therapist(),
                        () -> new String(exports.csv(p.patientId(), locale).content(), StandardCharsets.UTF_8))
                .replace("\uFEFF", "");
    }

    private static <T extends Resource> List<T> of(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    /** The signed-in patient answers a due questionnaire: every item, or only the first three. */
    private void answer(String code, String occasion, boolean partly) {
        org.upright.outcome.QuestionnaireResponse draft = outcomes.open(code, occasion);
        List<Answer> answers = new ArrayList<>();
        if (draft.questionnaire().patientNamedItems()) {
            String linkId = draft.questionnaire().items().get(0).linkId();
            answers.add(new Answer(1, linkId, "Carrying the shopping", 3));
            answers.add(new Answer(2, linkId, "Looking over my shoulder when driving", 5));
            answers.add(new Answer(3, linkId, "Reading in bed", 6));
        } else {
            for (QuestionnaireItem item : draft.questionnaire().items()) {
                if (!partly || item.position() <= 3) {
                    answers.add(new Answer(
                            item.position(), item.linkId(), null, Math.min(item.maxValue(), item.minValue() + 2)));
                }
            }
        }
        outcomes.complete(draft.id(), draft.rowVersion(), answers);
    }

    private static Map<RedFlagQuestion, Boolean> answers(RedFlagQuestion... yes) {
        Map<RedFlagQuestion, Boolean> answers = new EnumMap<>(RedFlagQuestion.class);
        for (RedFlagQuestion q : RedFlagQuestion.values()) {
            answers.put(q, Set.of(yes).contains(q));
        }
        return answers;
    }
}
