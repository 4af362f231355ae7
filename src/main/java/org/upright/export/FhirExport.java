package org.upright.export;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Timing;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;
import org.jspecify.annotations.Nullable;
import org.upright.alert.AlertRecords;
import org.upright.logging.ContextTag;
import org.upright.logging.ExerciseOutcome;
import org.upright.logging.RedFlagQuestion;
import org.upright.logging.SafetyCheck;
import org.upright.logging.SessionRecords;
import org.upright.patient.Contraindication;
import org.upright.program.PrescriptionHistory;

/**
 * The record as a FHIR R4 Bundle (type collection), every reference an urn:uuid fullUrl inside it:
 * the Patient; a Practitioner per member of staff named in it (the therapist first); a Condition per
 * contraindication; a CarePlan per prescription version (superseded and withdrawn ones revoked,
 * {@code replaces} pointing to the version each replaced); per session log an Observation (walking
 * minutes LOINC 55411-3, or a stretch session with its warm-up, per-stretch outcome and discomfort as
 * components) based on the version in force that day, and its discomfort rating (LOINC 72514-3,
 * 0-10); the safety check as a Questionnaire with a QuestionnaireResponse per answered check; a Flag
 * per alert; the answered outcome questionnaires with their scores ({@link QuestionnaireFhir}). Upright's own codes use {@code urn:upright:*} systems.
 */
final class FhirExport {

    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String IDENTIFIER_SYSTEM = "urn:upright:patient-id";
    static final String ACCOUNT_SYSTEM = "urn:upright:account-id";
    static final String PRESCRIPTION_SYSTEM = "urn:upright:prescription-id";
    static final String SESSION_SYSTEM = "urn:upright:session-id";
    static final String EXERCISE_SYSTEM = "urn:upright:exercise";
    static final String CONTRAINDICATION_SYSTEM = "urn:upright:contraindication";
    static final String OUTCOME_SYSTEM = "urn:upright:exercise-outcome";
    static final String CONTEXT_SYSTEM = "urn:upright:context-tag";
    static final String SESSION_CODES = "urn:upright:session";
    static final String ALERT_SYSTEM = "urn:upright:alert-rule";
    static final String SAFETY_CHECK_URL = "urn:upright:questionnaire:safety-check";
    static final String PAIN_NRS = "72514-3";
    static final String EXERCISE_DURATION = "55411-3";
    private static final String PAIN_DISPLAY = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";
    private static final String CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category";

    /** Made once: building a FHIR context takes a while. */
    private volatile @Nullable FhirContext context;

    FhirContext context() {
        FhirContext ctx = context;
        if (ctx == null) {
            synchronized (this) {
                ctx = context;
                if (ctx == null) {
                    ctx = FhirContext.forR4();
                    context = ctx;
                }
            }
        }
        return ctx;
    }

    String write(PatientRecord record) {
        return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle(record));
    }

    Bundle bundle(PatientRecord record) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(new Date());
        bundle.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue(urn()));

        Map<Long, Reference> staff = practitioners(bundle, record);
        Reference subject = patient(bundle, record, staff.get(record.therapistId()));
        for (String code : record.contraindications().stream().sorted().toList()) {
            add(bundle, contraindication(code, subject));
        }
        Map<Long, Reference> plans = carePlans(bundle, record, subject, staff);
        for (SessionRecords.Session session : record.sessions()) {
            PrescriptionHistory.@Nullable Version basis = versionOn(record, session);
            sessionObservations(bundle, record, session, subject, basis == null ? null : plans.get(basis.id()));
        }
        if (!record.safetyChecks().isEmpty()) {
            add(bundle, safetyCheckQuestionnaire());
            for (SafetyCheck check : record.safetyChecks()) {
                add(bundle, safetyCheckResponse(check, subject));
            }
        }
        for (AlertRecords.Alert alert : record.alerts()) {
            add(bundle, flag(alert, record, subject));
        }
        QuestionnaireFhir.add(bundle, record.questionnaires(), subject);
        return bundle;
    }

    private static Map<Long, Reference> practitioners(Bundle bundle, PatientRecord record) {
        Map<Long, Reference> refs = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(record.staff().keySet());
        ids.sort(Comparator.comparing((Long id) -> id != record.therapistId()).thenComparing(id -> id));
        if (!ids.contains(record.therapistId())) {
            ids.addFirst(record.therapistId());
        }
        for (long id : ids) {
            PatientRecord.Staff member = record.staff(id);
            Practitioner practitioner = new Practitioner();
            practitioner.addIdentifier().setSystem(ACCOUNT_SYSTEM).setValue(Long.toString(id));
            practitioner.setActive(true);
            practitioner.addName().setText(member.name());
            narrative(practitioner, member.name());
            refs.put(id, new Reference(add(bundle, practitioner)).setDisplay(member.name()));
        }
        return refs;
    }

    private static Reference patient(Bundle bundle, PatientRecord record, @Nullable Reference therapist) {
        Patient patient = new Patient();
        patient.addIdentifier().setSystem(IDENTIFIER_SYSTEM).setValue(Long.toString(record.id()));
        patient.addName()
                .setUse(HumanName.NameUse.OFFICIAL)
                .setFamily(record.familyName())
                .addGiven(record.givenName());
        patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(record.email());
        if (record.birthDate() != null) {
            patient.setBirthDate(
                    Date.from(record.birthDate().atStartOfDay(ZoneOffset.UTC).toInstant()));
            patient.getBirthDateElement().setPrecision(TemporalPrecisionEnum.DAY);
            patient.getBirthDateElement().setTimeZone(TimeZone.getTimeZone("UTC"));
        }
        if (therapist != null) {
            patient.addGeneralPractitioner(therapist.copy());
        }
        narrative(patient, "Patient " + record.fullName());
        return new Reference(add(bundle, patient)).setDisplay(record.fullName());
    }

    /**
     * A Condition rather than a Flag: a contraindication is a clinical fact (an injury, osteoporosis)
     * that receiving systems file in the problem list and reason over, not only a banner to show.
     */
    private static Condition contraindication(String code, Reference subject) {
        Condition condition = new Condition();
        condition.setClinicalStatus(
                concept("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active"));
        condition.setVerificationStatus(
                concept("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", "Confirmed"));
        condition.addCategory(concept(
                "http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item", "Problem List Item"));
        String label = Contraindication.labelOf(code);
        condition.setCode(concept(CONTRAINDICATION_SYSTEM, code, label));
        condition.setSubject(subject.copy());
        condition.addNote(new Annotation()
                .setText(
                        "Recorded by the therapist as a contraindication: exercises that conflict with it are left out "
                                + "of the home program."));
        narrative(condition, "Contraindication: " + label);
        return condition;
    }

    /** A CarePlan per version, keyed by prescription id. */
    private static Map<Long, Reference> carePlans(
            Bundle bundle, PatientRecord record, Reference subject, Map<Long, Reference> staff) {
        Map<Long, List<PrescriptionHistory.Version>> byProgram = new LinkedHashMap<>();
        for (PrescriptionHistory.Version v : record.versions()) {
            byProgram.computeIfAbsent(v.programId(), id -> new ArrayList<>()).add(v);
        }
        Map<Long, String> urls = new HashMap<>();
        Map<Long, CarePlan> carePlans = new HashMap<>();
        for (List<PrescriptionHistory.Version> versions : byProgram.values()) {
            // versions come in the order they take effect; withdrawn ones never took effect
            List<PrescriptionHistory.Version> effective =
                    versions.stream().filter(v -> !v.withdrawn()).toList();
            PrescriptionHistory.@Nullable Version current = current(effective, record.today());
            for (PrescriptionHistory.Version v : versions) {
                int i = effective.indexOf(v);
                PrescriptionHistory.@Nullable Version next =
                        i >= 0 && i + 1 < effective.size() ? effective.get(i + 1) : null;
                CarePlan plan = carePlan(v, next, current, record, subject, staff.get(v.savedBy()));
                carePlans.put(v.id(), plan);
                urls.put(v.id(), add(bundle, plan));
            }
            for (int i = 1; i < effective.size(); i++) {
                carePlans
                        .get(effective.get(i).id())
                        .addReplaces(new Reference(urls.get(effective.get(i - 1).id())));
            }
            for (PrescriptionHistory.Version v : versions) {
                if (v.withdrawn() && v.replacedBy() != null && carePlans.containsKey(v.replacedBy())) {
                    carePlans.get(v.replacedBy()).addReplaces(new Reference(urls.get(v.id())));
                }
            }
        }
        for (PrescriptionHistory.PauseRecord pause : record.pauses()) {
            PrescriptionHistory.@Nullable Version during = record.versions().stream()
                    .filter(v -> v.programId() == pause.programId() && !v.withdrawn())
                    .filter(v -> !v.effectiveFrom().isAfter(pause.from()))
                    .reduce((a, b) -> b)
                    .orElse(record.versions().stream()
                            .filter(v -> v.programId() == pause.programId())
                            .findFirst()
                            .orElse(null));
            if (during != null) {
                carePlans
                        .get(during.id())
                        .addNote()
                        .setText("Program paused from " + pause.from()
                                + (pause.to() == null ? ", still paused" : " until " + pause.to())
                                + (pause.reason() == null ? "" : ": " + pause.reason()));
            }
        }
        Map<Long, Reference> refs = new HashMap<>();
        urls.forEach((id, url) -> refs.put(id, new Reference(url)));
        return refs;
    }

    /** The version in force today, or none when the program ended or has not begun. */
    private static PrescriptionHistory.@Nullable Version current(
            List<PrescriptionHistory.Version> effective, LocalDate today) {
        PrescriptionHistory.@Nullable Version current = null;
        for (PrescriptionHistory.Version v : effective) {
            if (v.live() && !v.effectiveFrom().isAfter(today)) {
                current = v;
            }
        }
        return current;
    }

    private static CarePlan carePlan(
            PrescriptionHistory.Version v,
            PrescriptionHistory.@Nullable Version next,
            PrescriptionHistory.@Nullable Version current,
            PatientRecord record,
            Reference subject,
            @Nullable Reference author) {
        CarePlan plan = new CarePlan();
        plan.addIdentifier().setSystem(PRESCRIPTION_SYSTEM).setValue(Long.toString(v.id()));
        CarePlan.CarePlanStatus status;
        CarePlan.CarePlanActivityStatus activityStatus;
        boolean future = v.effectiveFrom().isAfter(record.today());
        if (v.withdrawn()) {
            status = CarePlan.CarePlanStatus.REVOKED;
            activityStatus = CarePlan.CarePlanActivityStatus.CANCELLED;
        } else if (!v.live()) {
            status = next == null ? CarePlan.CarePlanStatus.COMPLETED : CarePlan.CarePlanStatus.REVOKED;
            activityStatus =
                    next == null ? CarePlan.CarePlanActivityStatus.COMPLETED : CarePlan.CarePlanActivityStatus.STOPPED;
        } else if (v == current || future) {
            boolean paused = "PAUSED".equals(v.programStatus()) && !future;
            status = paused ? CarePlan.CarePlanStatus.ONHOLD : CarePlan.CarePlanStatus.ACTIVE;
            activityStatus = paused
                    ? CarePlan.CarePlanActivityStatus.ONHOLD
                    : future ? CarePlan.CarePlanActivityStatus.SCHEDULED : CarePlan.CarePlanActivityStatus.INPROGRESS;
        } else {
            // superseded by a later version of the same live program
            status = CarePlan.CarePlanStatus.REVOKED;
            activityStatus = CarePlan.CarePlanActivityStatus.STOPPED;
        }
        plan.setStatus(status);
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setTitle(v.programName() + (v.phaseName() == null ? "" : ": phase " + v.phase() + ", " + v.phaseName()));
        if (v.note() != null && !v.note().isBlank()) {
            plan.setDescription(v.note());
        }
        plan.setSubject(subject.copy());
        Period period = new Period();
        period.setStartElement(new DateTimeType(v.effectiveFrom().toString()));
        LocalDate end = v.withdrawn() ? null : next != null ? next.effectiveFrom() : v.programEnd();
        if (end != null) {
            // FHIR periods include their last day; ours end the day before the next version or the program's end
            LocalDate last = end.minusDays(1).isBefore(v.effectiveFrom()) ? v.effectiveFrom() : end.minusDays(1);
            period.setEndElement(new DateTimeType(last.toString()));
        }
        plan.setPeriod(period);
        DateTimeType created = new DateTimeType(Date.from(v.savedAt()), TemporalPrecisionEnum.SECOND);
        created.setTimeZone(TimeZone.getTimeZone("UTC"));
        plan.setCreatedElement(created);
        if (author != null) {
            plan.setAuthor(author.copy());
        }

        CarePlan.CarePlanActivityDetailComponent walking = plan.addActivity().getDetail();
        walking.setKind(CarePlan.CarePlanActivityKind.SERVICEREQUEST);
        walking.setStatus(activityStatus);
        walking.setCode(new CodeableConcept()
                .addCoding(new Coding(SESSION_CODES, "walk", "Walk"))
                .setText("Walking"));
        walking.setDescription("Walk " + v.walksPerDay() + (v.walksPerDay() == 1 ? " time" : " times") + " a day for "
                + v.minutesPerWalk() + " minutes");
        walking.setScheduled(timing(v.walksPerDay(), v));
        walking.setQuantity(minutes(v.minutesPerWalk()));

        if (v.stretchSessionsPerDay() > 0) {
            CarePlan.CarePlanActivityDetailComponent session =
                    plan.addActivity().getDetail();
            session.setKind(CarePlan.CarePlanActivityKind.SERVICEREQUEST);
            session.setStatus(activityStatus);
            session.setCode(new CodeableConcept()
                    .addCoding(new Coding(SESSION_CODES, "stretch-session", "Stretch session"))
                    .setText("Stretch session"));
            session.setDescription(v.stretchSessionsPerDay()
                    + (v.stretchSessionsPerDay() == 1 ? " stretch session" : " stretch sessions")
                    + " a day"
                    + (v.warmUpMinutes() > 0 ? ", each after a " + v.warmUpMinutes() + " minute warm-up walk" : ""));
            session.setScheduled(timing(v.stretchSessionsPerDay(), v));
            if (v.warmUpMinutes() > 0) {
                session.setQuantity(minutes(v.warmUpMinutes()));
            }
        }

        for (PrescriptionHistory.Item item : v.exercises()) {
            CarePlan.CarePlanActivityDetailComponent exercise =
                    plan.addActivity().getDetail();
            exercise.setKind(CarePlan.CarePlanActivityKind.SERVICEREQUEST);
            exercise.setStatus(activityStatus);
            exercise.setCode(concept(EXERCISE_SYSTEM, item.code(), item.name()));
            exercise.setDescription(item.dose() + ". " + item.instructions());
            if (v.stretchSessionsPerDay() > 0) {
                exercise.setScheduled(timing(v.stretchSessionsPerDay(), v));
            }
            if (item.holdSeconds() != null) {
                exercise.setQuantity(new Quantity()
                        .setValue(item.holdSeconds())
                        .setUnit("s")
                        .setSystem(UCUM)
                        .setCode("s"));
            }
        }
        narrative(
                plan,
                "Home program: " + plan.getTitle() + ", from " + v.effectiveFrom() + " (" + status.toCode() + ")");
        return plan;
    }

    private static Timing timing(int perDay, PrescriptionHistory.Version v) {
        Timing timing = new Timing();
        Timing.TimingRepeatComponent repeat = timing.getRepeat();
        repeat.setFrequency(perDay).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
        for (java.time.DayOfWeek day : v.weekdays()) {
            repeat.addDayOfWeek(
                    Timing.DayOfWeek.fromCode(day.name().substring(0, 3).toLowerCase()));
        }
        return timing;
    }

    /** The version of the session's program in force on its day: latest effective date on or before it, saved last. */
    private static PrescriptionHistory.@Nullable Version versionOn(
            PatientRecord record, SessionRecords.Session session) {
        PrescriptionHistory.@Nullable Version found = null;
        for (PrescriptionHistory.Version v : record.versions()) {
            boolean sameProgram = session.programId() == null || session.programId() == v.programId();
            if (sameProgram && !v.withdrawn() && !v.effectiveFrom().isAfter(session.day())) {
                if (found == null
                        || v.effectiveFrom().isAfter(found.effectiveFrom())
                        || (v.effectiveFrom().equals(found.effectiveFrom())
                                && v.savedAt().isAfter(found.savedAt()))) {
                    found = v;
                }
            }
        }
        return found;
    }

    private static void sessionObservations(
            Bundle bundle,
            PatientRecord record,
            SessionRecords.Session session,
            Reference subject,
            @Nullable Reference plan) {
        boolean walk = "WALK".equals(session.kind());
        Observation observation = observation(session, subject, plan, "activity", "Activity");
        if (walk) {
            observation.setCode(new CodeableConcept()
                    .addCoding(new Coding(LOINC, EXERCISE_DURATION, "Exercise duration"))
                    .addCoding(new Coding(SESSION_CODES, "walk", "Walk"))
                    .setText("Walk"));
            if (session.walkMinutes() != null) {
                observation.setValue(minutes(session.walkMinutes()));
            }
        } else {
            observation.setCode(new CodeableConcept()
                    .addCoding(new Coding(SESSION_CODES, "stretch-session", "Stretch session"))
                    .setText("Stretch session"));
            if (session.warmUpMinutes() != null) {
                observation
                        .addComponent()
                        .setCode(new CodeableConcept()
                                .addCoding(new Coding(LOINC, EXERCISE_DURATION, "Exercise duration"))
                                .addCoding(new Coding(SESSION_CODES, "warm-up", "Warm-up walk"))
                                .setText("Warm-up walk"))
                        .setValue(minutes(session.warmUpMinutes()));
            }
            for (SessionRecords.Item item : session.exercises()) {
                String name = record.exerciseName(item.exerciseId());
                Coding exercise = new Coding(EXERCISE_SYSTEM, record.exerciseCode(item.exerciseId()), name);
                observation
                        .addComponent()
                        .setCode(
                                new CodeableConcept().addCoding(exercise.copy()).setText(name + ": outcome"))
                        .setValue(outcome(item.outcome()));
                if (item.discomfort() != null) {
                    observation
                            .addComponent()
                            .setCode(new CodeableConcept()
                                    .addCoding(new Coding(LOINC, PAIN_NRS, PAIN_DISPLAY))
                                    .addCoding(exercise.copy())
                                    .setText(name + ": discomfort (0-10)"))
                            .setValue(new IntegerType(item.discomfort()));
                }
            }
        }
        if (session.discomfortBefore() != null) {
            observation
                    .addComponent()
                    .setCode(new CodeableConcept()
                            .addCoding(new Coding(LOINC, PAIN_NRS, PAIN_DISPLAY))
                            .addCoding(new Coding(SESSION_CODES, "discomfort-before", "Discomfort before the session"))
                            .setText("Discomfort before the session (0-10)"))
                    .setValue(new IntegerType(session.discomfortBefore()));
        }
        for (String tag : tags(session.contextTags())) {
            CodeableConcept value = new CodeableConcept();
            String label = tag;
            try {
                label = ContextTag.valueOf(tag).label();
                value.addCoding(new Coding(CONTEXT_SYSTEM, tag, label));
            } catch (IllegalArgumentException unknown) {
                // a tag this version does not know is kept as written
            }
            observation
                    .addComponent()
                    .setCode(new CodeableConcept()
                            .addCoding(new Coding(SESSION_CODES, "context", "What seemed to bring the pain on"))
                            .setText("What seemed to bring the pain on"))
                    .setValue(value.setText(label));
        }
        if (session.note() != null && !session.note().isBlank()) {
            observation.addNote().setAuthor(subject.copy()).setText(session.note());
        }
        String kind = walk ? "Walk" : "Stretch session";
        narrative(
                observation,
                kind + " on " + session.day()
                        + (walk && session.walkMinutes() != null ? ", " + session.walkMinutes() + " min" : ""));
        String sessionUrl = add(bundle, observation);

        Integer discomfort = session.discomfortAfter() != null ? session.discomfortAfter() : session.discomfortBefore();
        if (discomfort != null) {
            Observation pain = observation(session, subject, plan, "survey", "Survey");
            pain.setCode(new CodeableConcept()
                    .addCoding(new Coding(LOINC, PAIN_NRS, PAIN_DISPLAY))
                    .setText(PAIN_DISPLAY));
            pain.setValue(new IntegerType(discomfort));
            pain.setMethod(new CodeableConcept()
                    .setText(
                            session.discomfortAfter() != null
                                    ? "Rated after the " + kind.toLowerCase()
                                    : "Rated before the " + kind.toLowerCase()));
            pain.addReferenceRange()
                    .setText("0 = no discomfort, 10 = worst imaginable")
                    .setLow(new Quantity().setValue(0))
                    .setHigh(new Quantity().setValue(10));
            pain.addDerivedFrom(new Reference(sessionUrl));
            narrative(pain, "Discomfort " + discomfort + "/10 on " + session.day());
            observation.addHasMember(new Reference(add(bundle, pain)));
        }
    }

    private static CodeableConcept outcome(String stored) {
        try {
            ExerciseOutcome outcome = ExerciseOutcome.valueOf(stored);
            return concept(OUTCOME_SYSTEM, outcome.name().toLowerCase().replace('_', '-'), outcome.label());
        } catch (IllegalArgumentException unknown) {
            return new CodeableConcept().setText(stored);
        }
    }

    private static List<String> tags(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(stored.split(","))
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .toList();
    }

    private static Observation observation(
            SessionRecords.Session session,
            Reference subject,
            @Nullable Reference plan,
            String category,
            String categoryDisplay) {
        Observation observation = new Observation();
        observation.addIdentifier().setSystem(SESSION_SYSTEM).setValue(Long.toString(session.id()));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation
                .addCategory()
                .addCoding()
                .setSystem(CATEGORY_SYSTEM)
                .setCode(category)
                .setDisplay(categoryDisplay);
        if (plan != null) {
            observation.addBasedOn(plan.copy());
        }
        observation.setSubject(subject.copy());
        observation.addPerformer(subject.copy());
        // the session happened on the patient's local day it is logged for; when it was typed in is only "issued"
        observation.setEffective(new DateTimeType(session.day().toString()));
        observation.setIssued(Date.from(session.loggedAt()));
        return observation;
    }

    static Questionnaire safetyCheckQuestionnaire() {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setUrl(SAFETY_CHECK_URL);
        questionnaire.setVersion("1");
        questionnaire.setName("UprightSafetyCheck");
        questionnaire.setTitle("Safety check (red flags)");
        questionnaire.setStatus(Enumerations.PublicationStatus.ACTIVE);
        questionnaire.addSubjectType("Patient");
        questionnaire.setDescription("Warning signs that make upper back pain a matter for a clinician now. Any "
                + "\"yes\" pauses the home program and tells the patient whom to contact.");
        for (RedFlagQuestion question : RedFlagQuestion.values()) {
            questionnaire
                    .addItem()
                    .setLinkId(question.name())
                    .setText(question.question())
                    .setType(Questionnaire.QuestionnaireItemType.BOOLEAN)
                    .setRequired(true);
        }
        narrative(questionnaire, "Safety check (red flags)");
        return questionnaire;
    }

    private static QuestionnaireResponse safetyCheckResponse(SafetyCheck check, Reference subject) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setIdentifier(
                new Identifier().setSystem("urn:upright:safety-check-id").setValue(Long.toString(check.id())));
        response.setQuestionnaire(SAFETY_CHECK_URL);
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(subject.copy());
        response.setAuthored(Date.from(check.answeredAt()));
        response.setAuthor(subject.copy());
        response.setSource(subject.copy());
        for (RedFlagQuestion question : RedFlagQuestion.values()) {
            Boolean answer = check.answers().get(question);
            QuestionnaireResponse.QuestionnaireResponseItemComponent item =
                    response.addItem().setLinkId(question.name()).setText(question.question());
            if (answer != null) {
                item.addAnswer().setValue(new BooleanType(answer));
            }
        }
        narrative(
                response,
                "Safety check answered " + check.answeredAt()
                        + (check.anyYes() ? ": yes to " + check.yes().size() + " question(s)" : ": all no"));
        return response;
    }

    private static Flag flag(AlertRecords.Alert alert, PatientRecord record, Reference subject) {
        Flag flag = new Flag();
        flag.addIdentifier().setSystem("urn:upright:alert-id").setValue(Long.toString(alert.id()));
        flag.setStatus(alert.open() ? Flag.FlagStatus.ACTIVE : Flag.FlagStatus.INACTIVE);
        flag.addCategory(concept("http://terminology.hl7.org/CodeSystem/flag-category", "clinical", "Clinical"));
        CodeableConcept code = new CodeableConcept()
                .addCoding(new Coding(
                        ALERT_SYSTEM, alert.rule().name(), alert.rule().name()));
        code.setText(alert.message());
        flag.setCode(code);
        flag.setSubject(subject.copy());
        Period period = new Period();
        period.setStart(Date.from(alert.raisedAt()));
        if (alert.acknowledgedAt() != null) {
            period.setEnd(Date.from(alert.acknowledgedAt()));
        }
        flag.setPeriod(period);
        StringBuilder text = new StringBuilder(alert.severity().name().toLowerCase() + " alert: " + alert.message());
        text.append(" (fired ").append(alert.timesFired()).append(alert.timesFired() == 1 ? " time" : " times");
        text.append(", last ").append(alert.lastFiredAt()).append(')');
        if (alert.acknowledgedAt() != null) {
            text.append(". Acknowledged ").append(alert.acknowledgedAt());
            if (alert.acknowledgedBy() != null) {
                text.append(" by ").append(record.staff(alert.acknowledgedBy()).name());
            }
            if (alert.acknowledgementNote() != null) {
                text.append(": ").append(alert.acknowledgementNote());
            }
        }
        narrative(flag, text.toString());
        return flag;
    }

    private static Quantity minutes(int minutes) {
        return new Quantity().setValue(minutes).setUnit("min").setSystem(UCUM).setCode("min");
    }

    private static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept()
                .addCoding(new Coding(system, code, display))
                .setText(display);
    }

    static void narrative(DomainResource resource, String text) {
        Narrative narrative = new Narrative();
        narrative.setStatus(Narrative.NarrativeStatus.GENERATED);
        XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        div.addText(text);
        narrative.setDiv(div);
        resource.setText(narrative);
    }

    /** Adds the resource under a new urn:uuid fullUrl and returns it, for references. */
    static String add(Bundle bundle, Resource resource) {
        String fullUrl = urn();
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
        return fullUrl;
    }

    private static String urn() {
        return "urn:uuid:" + UUID.randomUUID();
    }
}
