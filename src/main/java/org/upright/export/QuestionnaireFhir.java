package org.upright.export;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.upright.outcome.Answer;
import org.upright.outcome.AnswerOption;
import org.upright.outcome.QuestionnaireItem;

/**
 * The answered outcome questionnaires in FHIR: one Questionnaire per version answered (its items and
 * answer options as defined in the outcome module), a QuestionnaireResponse per completed answering,
 * and its score as an Observation {@code derivedFrom} the response (UCUM {@code {score}}; the
 * instrument's LOINC code when it has one, else Upright's own questionnaire code). A questionnaire
 * whose activities the patient names asks its item once per activity, as a repeating group.
 */
final class QuestionnaireFhir {

    static final String QUESTIONNAIRE_BASE = "urn:upright:questionnaire:";
    static final String SCORE_SYSTEM = "urn:upright:questionnaire-score";
    private static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    private static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    private static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
    private static final String CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category";

    private QuestionnaireFhir() {}

    static void add(Bundle bundle, List<org.upright.outcome.QuestionnaireResponse> answered, Reference subject) {
        Map<Long, String> canonicals = new LinkedHashMap<>();
        for (org.upright.outcome.QuestionnaireResponse response : answered) {
            org.upright.outcome.Questionnaire q = response.questionnaire();
            canonicals.computeIfAbsent(q.id(), id -> {
                FhirExport.add(bundle, questionnaire(q));
                return url(q) + "|" + q.version();
            });
        }
        for (org.upright.outcome.QuestionnaireResponse response : answered) {
            String responseUrl = FhirExport.add(
                    bundle,
                    response(response, canonicals.get(response.questionnaire().id()), subject));
            FhirExport.add(bundle, score(response, subject, responseUrl));
        }
    }

    static String url(org.upright.outcome.Questionnaire q) {
        return QUESTIONNAIRE_BASE + q.code();
    }

    private static Questionnaire questionnaire(org.upright.outcome.Questionnaire q) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setUrl(url(q));
        questionnaire.setVersion(Integer.toString(q.version()));
        questionnaire.setName(q.code());
        questionnaire.setTitle(q.title());
        questionnaire.setStatus(Enumerations.PublicationStatus.ACTIVE);
        questionnaire.addSubjectType("Patient");
        questionnaire.addCode(scoreCode(q).getCodingFirstRep().copy());
        questionnaire.setDescription(range(q));
        for (QuestionnaireItem item : q.items()) {
            Questionnaire.QuestionnaireItemComponent question;
            if (q.patientNamedItems()) {
                Questionnaire.QuestionnaireItemComponent group = questionnaire
                        .addItem()
                        .setLinkId(item.linkId() + ".named")
                        .setText("An activity you find hard")
                        .setType(Questionnaire.QuestionnaireItemType.GROUP)
                        .setRepeats(true);
                group.addItem()
                        .setLinkId(item.linkId() + ".name")
                        .setText("Activity")
                        .setType(Questionnaire.QuestionnaireItemType.STRING);
                question = group.addItem();
            } else {
                question = questionnaire.addItem();
            }
            question.setLinkId(item.linkId()).setText(item.text());
            if (item.everyValueNamed()) {
                question.setType(Questionnaire.QuestionnaireItemType.CHOICE);
                for (AnswerOption option : item.options()) {
                    question.addAnswerOption().setValue(option(q, item, option.value()));
                }
            } else {
                question.setType(Questionnaire.QuestionnaireItemType.INTEGER);
                question.addExtension(MIN_VALUE, new IntegerType(item.minValue()));
                question.addExtension(MAX_VALUE, new IntegerType(item.maxValue()));
                StringBuilder anchors = new StringBuilder(item.text());
                for (AnswerOption option : item.options()) {
                    anchors.append(anchors.length() == item.text().length() ? " (" : "; ")
                            .append(option.value())
                            .append(" = ")
                            .append(option.text());
                }
                if (!item.options().isEmpty()) {
                    question.setText(anchors.append(')').toString());
                }
            }
        }
        FhirExport.narrative(questionnaire, q.title() + ", version " + q.version());
        return questionnaire;
    }

    /** An answer value as a coding of the item's options, with its value as the ordinal the score adds up. */
    private static Coding option(org.upright.outcome.Questionnaire q, QuestionnaireItem item, int value) {
        String text = item.options().stream()
                .filter(o -> o.value() == value)
                .map(AnswerOption::text)
                .findFirst()
                .orElse(Integer.toString(value));
        Coding coding = new Coding(url(q) + ":" + item.linkId(), Integer.toString(value), text);
        coding.addExtension(ORDINAL_VALUE, new DecimalType(value));
        return coding;
    }

    private static QuestionnaireResponse response(
            org.upright.outcome.QuestionnaireResponse r, String canonical, Reference subject) {
        org.upright.outcome.Questionnaire q = r.questionnaire();
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setIdentifier(new org.hl7.fhir.r4.model.Identifier()
                .setSystem("urn:upright:questionnaire-response-id")
                .setValue(Long.toString(r.id())));
        response.setQuestionnaire(canonical);
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(subject.copy());
        if (r.completedAt() != null) {
            response.setAuthored(Date.from(r.completedAt()));
        }
        response.setAuthor(subject.copy());
        response.setSource(subject.copy());
        for (Answer answer : r.answers()) {
            QuestionnaireItem item = q.items().stream()
                    .filter(i -> i.linkId().equals(answer.linkId()))
                    .findFirst()
                    .orElse(null);
            if (item == null || (answer.value() == null && answer.label() == null)) {
                continue;
            }
            QuestionnaireResponse.QuestionnaireResponseItemComponent target;
            if (q.patientNamedItems()) {
                QuestionnaireResponse.QuestionnaireResponseItemComponent group =
                        response.addItem().setLinkId(item.linkId() + ".named");
                if (answer.label() != null) {
                    group.addItem()
                            .setLinkId(item.linkId() + ".name")
                            .addAnswer()
                            .setValue(new StringType(answer.label()));
                }
                if (answer.value() == null) {
                    continue;
                }
                target = group.addItem();
            } else {
                target = response.addItem();
            }
            target.setLinkId(item.linkId()).setText(item.text());
            target.addAnswer()
                    .setValue(
                            item.everyValueNamed() ? option(q, item, answer.value()) : new IntegerType(answer.value()));
        }
        FhirExport.narrative(response, q.title() + " answered " + r.answeredOn());
        return response;
    }

    private static Observation score(
            org.upright.outcome.QuestionnaireResponse r, Reference subject, String responseUrl) {
        org.upright.outcome.Questionnaire q = r.questionnaire();
        Observation score = new Observation();
        score.addIdentifier().setSystem("urn:upright:questionnaire-response-id").setValue(Long.toString(r.id()));
        score.setStatus(Observation.ObservationStatus.FINAL);
        score.addCategory()
                .addCoding()
                .setSystem(CATEGORY_SYSTEM)
                .setCode("survey")
                .setDisplay("Survey");
        score.setCode(scoreCode(q));
        score.setSubject(subject.copy());
        score.addPerformer(subject.copy());
        if (r.answeredOn() != null) {
            score.setEffective(new DateTimeType(r.answeredOn().toString()));
        }
        if (r.completedAt() != null) {
            score.setIssued(Date.from(r.completedAt()));
        }
        score.addDerivedFrom(new Reference(responseUrl));
        if (r.score() != null) {
            score.setValue(scoreQuantity(r.score()));
            if (q.showPercent()) {
                score.addComponent()
                        .setCode(new CodeableConcept()
                                .addCoding(new Coding(SCORE_SYSTEM, q.code() + ".percent", q.title() + " (%)"))
                                .setText(q.title() + " (%)"))
                        .setValue(new Quantity()
                                .setValue(Math.round(q.percent(r.score()) * 10) / 10.0)
                                .setUnit("%")
                                .setSystem(FhirExport.UCUM)
                                .setCode("%"));
            }
        } else {
            score.setDataAbsentReason(new CodeableConcept()
                    .addCoding(new Coding(
                            "http://terminology.hl7.org/CodeSystem/data-absent-reason", "as-text", "As Text"))
                    .setText(
                            r.notScored() == null
                                    ? "Not scored"
                                    : switch (r.notScored()) {
                                        case TOO_MANY_MISSING ->
                                            "Not scored: more questions unanswered than the instrument allows";
                                        case NO_ANSWER -> "Not scored: nothing was answered";
                                    }));
        }
        score.addReferenceRange()
                .setLow(scoreQuantity(q.minScore()))
                .setHigh(scoreQuantity(q.maxScore()))
                .setText(range(q));
        FhirExport.narrative(
                score, q.title() + ": " + (r.score() == null ? "not scored" : r.score()) + " on " + r.answeredOn());
        return score;
    }

    private static CodeableConcept scoreCode(org.upright.outcome.Questionnaire q) {
        CodeableConcept code = new CodeableConcept();
        if (q.loincCode() != null && !q.loincCode().isBlank()) {
            code.addCoding(new Coding(FhirExport.LOINC, q.loincCode(), q.title()));
        }
        code.addCoding(new Coding(SCORE_SYSTEM, q.code(), q.title(Locale.ENGLISH)));
        return code.setText(q.title() + " score");
    }

    private static Quantity scoreQuantity(double value) {
        return new Quantity()
                .setValue(value)
                .setUnit("{score}")
                .setSystem(FhirExport.UCUM)
                .setCode("{score}");
    }

    private static String range(org.upright.outcome.Questionnaire q) {
        return "Score " + number(q.minScore()) + " to " + number(q.maxScore()) + ", "
                + (q.higherIsBetter() ? "higher is better" : "lower is better")
                + (q.mcid() == null ? "" : "; a change of " + number(q.mcid()) + " or more is meaningful");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
