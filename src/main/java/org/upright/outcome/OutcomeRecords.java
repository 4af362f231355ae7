package org.upright.outcome;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's completed questionnaires as stored, each with its questionnaire version, answers and
 * score, for the record exports (FHIR, CSV). A data door for services: the caller checks that the
 * patient may be read (PatientAccess) and audits the reading. Screens use {@link OutcomeService#answered}.
 */
@Component
public class OutcomeRecords {

    private final Questionnaires questionnaires;
    private final Responses responses;

    OutcomeRecords(Questionnaires questionnaires, Responses responses) {
        this.questionnaires = questionnaires;
        this.responses = responses;
    }

    /** The patient's completed responses, oldest first (drafts left out). */
    @Transactional(readOnly = true)
    public List<QuestionnaireResponse> answered(long patientId) {
        return responsesOf(patientId).stream()
                .filter(QuestionnaireResponse::completed)
                .sorted(java.util.Comparator.comparing((QuestionnaireResponse r) -> r.completedAt())
                        .thenComparing(QuestionnaireResponse::id))
                .toList();
    }

    /** Every response of the patient, drafts too, in the order they were started. */
    @Transactional(readOnly = true)
    List<QuestionnaireResponse> responsesOf(long patientId) {
        Map<Long, Questionnaire> versions = questionnaires.all();
        List<Responses.Row> rows = responses.ofPatient(patientId);
        Map<Long, List<Answer>> answers =
                responses.answersOf(rows.stream().map(Responses.Row::id).toList());
        return rows.stream()
                .map(row ->
                        toResponse(row, versions.get(row.questionnaireId()), answers.getOrDefault(row.id(), List.of())))
                .toList();
    }

    static QuestionnaireResponse toResponse(Responses.Row row, Questionnaire q, List<Answer> answers) {
        return new QuestionnaireResponse(
                row.id(),
                row.patientId(),
                q,
                Occasion.parse(row.occasion(), row.programId()),
                row.dueOn(),
                row.status(),
                row.startedAt(),
                row.completedAt(),
                row.answeredOn(),
                row.score(),
                row.notScored(),
                answers,
                row.rowVersion());
    }
}
