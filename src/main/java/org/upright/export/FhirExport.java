package org.upright.export;

import ca.uhn.fhir.context.FhirContext;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Timing;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;
import org.jspecify.annotations.Nullable;
import org.upright.logging.SessionRecords;
import org.upright.program.PrescriptionHistory;

/**
 * The record as a FHIR R4 Bundle (type collection): the Patient, a CarePlan for the prescription
 * in force with one activity for walking and one per exercise, and per session log an
 * Observation of walking minutes (LOINC 55411-3) and of discomfort (LOINC 72514-3, 0-10).
 */
final class FhirExport {

    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String IDENTIFIER_SYSTEM = "urn:upright:patient-id";
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

        String patientUrl = urn();
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
            patient.getBirthDateElement().setPrecision(ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY);
            patient.getBirthDateElement().setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        }
        narrative(patient, "Patient " + record.fullName());
        add(bundle, patientUrl, patient);
        Reference subject = new Reference(patientUrl).setDisplay(record.fullName());

        PrescriptionHistory.Version inForce = record.inForce();
        if (inForce != null) {
            add(bundle, urn(), carePlan(inForce, subject));
        }
        for (SessionRecords.Session session : record.sessions()) {
            if (session.walkMinutes() != null) {
                Observation walk =
                        observation(session, subject, "55411-3", "Exercise duration", "activity", "Activity");
                walk.setValue(new Quantity()
                        .setValue(session.walkMinutes())
                        .setUnit("min")
                        .setSystem(UCUM)
                        .setCode("min"));
                narrative(walk, "Walked " + session.walkMinutes() + " min on " + session.day());
                add(bundle, urn(), walk);
            }
            Integer discomfort =
                    session.discomfortAfter() != null ? session.discomfortAfter() : session.discomfortBefore();
            if (discomfort != null) {
                Observation pain = observation(
                        session,
                        subject,
                        "72514-3",
                        "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
                        "survey",
                        "Survey");
                pain.setValue(new IntegerType(discomfort));
                pain.setMethod(new CodeableConcept()
                        .setText(
                                session.discomfortAfter() != null
                                        ? "Rated after the " + session.kind().toLowerCase() + " session"
                                        : "Rated before the " + session.kind().toLowerCase() + " session"));
                pain.addReferenceRange()
                        .setText("0 = no discomfort, 10 = worst imaginable")
                        .setLow(new Quantity().setValue(0))
                        .setHigh(new Quantity().setValue(10));
                narrative(pain, "Discomfort " + discomfort + "/10 on " + session.day());
                add(bundle, urn(), pain);
            }
        }
        return bundle;
    }

    private static CarePlan carePlan(PrescriptionHistory.Version v, Reference subject) {
        CarePlan plan = new CarePlan();
        plan.setStatus(
                switch (v.programStatus()) {
                    case "ACTIVE" -> CarePlan.CarePlanStatus.ACTIVE;
                    case "PAUSED" -> CarePlan.CarePlanStatus.ONHOLD;
                    default -> CarePlan.CarePlanStatus.COMPLETED;
                });
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setTitle(v.programName() + (v.phaseName() == null ? "" : ": phase " + v.phase() + ", " + v.phaseName()));
        plan.setSubject(subject);
        Period period = new Period();
        period.setStartElement(new DateTimeType(v.programStart().toString()));
        if (v.programEnd() != null) {
            period.setEndElement(new DateTimeType(v.programEnd().toString()));
        }
        plan.setPeriod(period);
        CarePlan.CarePlanActivityStatus activityStatus = switch (v.programStatus()) {
            case "ACTIVE" -> CarePlan.CarePlanActivityStatus.INPROGRESS;
            case "PAUSED" -> CarePlan.CarePlanActivityStatus.ONHOLD;
            default -> CarePlan.CarePlanActivityStatus.COMPLETED;
        };

        CarePlan.CarePlanActivityDetailComponent walking = plan.addActivity().getDetail();
        walking.setStatus(activityStatus);
        walking.setCode(new CodeableConcept().setText("Walking"));
        walking.setDescription("Walk " + v.walksPerDay() + (v.walksPerDay() == 1 ? " time" : " times")
                + " a day for " + v.minutesPerWalk() + " minutes"
                + (v.warmUpMinutes() > 0 ? "; warm up " + v.warmUpMinutes() + " minutes before stretching" : ""));
        walking.setScheduled(timing(v.walksPerDay(), v));
        walking.setQuantity(new Quantity()
                .setValue(v.minutesPerWalk())
                .setUnit("min")
                .setSystem(UCUM)
                .setCode("min"));

        for (PrescriptionHistory.Item item : v.exercises()) {
            CarePlan.CarePlanActivityDetailComponent exercise =
                    plan.addActivity().getDetail();
            exercise.setStatus(activityStatus);
            exercise.setCode(new CodeableConcept()
                    .addCoding(new Coding()
                            .setSystem("urn:upright:exercise")
                            .setCode(item.code())
                            .setDisplay(item.name()))
                    .setText(item.name()));
            exercise.setDescription(item.dose() + ". " + item.instructions());
            if (v.stretchSessionsPerDay() > 0) {
                exercise.setScheduled(timing(v.stretchSessionsPerDay(), v));
            }
        }
        narrative(plan, "Home program: " + plan.getTitle());
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

    private static Observation observation(
            SessionRecords.Session session,
            Reference subject,
            String loinc,
            String display,
            String category,
            String categoryDisplay) {
        Observation observation = new Observation();
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation
                .addCategory()
                .addCoding()
                .setSystem(CATEGORY_SYSTEM)
                .setCode(category)
                .setDisplay(categoryDisplay);
        observation.setCode(new CodeableConcept()
                .addCoding(new Coding(LOINC, loinc, display))
                .setText(display));
        observation.setSubject(subject);
        // the session happened on the patient's local day it is logged for; when it was typed in is only "issued"
        observation.setEffective(new DateTimeType(session.day().toString()));
        observation.setIssued(Date.from(session.loggedAt()));
        return observation;
    }

    private static void narrative(org.hl7.fhir.r4.model.DomainResource resource, String text) {
        Narrative narrative = new Narrative();
        narrative.setStatus(Narrative.NarrativeStatus.GENERATED);
        XhtmlNode div = new XhtmlNode(org.hl7.fhir.utilities.xhtml.NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        div.addText(text);
        narrative.setDiv(div);
        resource.setText(narrative);
    }

    private static void add(Bundle bundle, String fullUrl, Resource resource) {
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
    }

    private static String urn() {
        return "urn:uuid:" + UUID.randomUUID();
    }
}
