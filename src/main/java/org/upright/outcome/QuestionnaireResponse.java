package org.upright.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One answering of a questionnaire version for one occasion, with its answers and, once completed,
 * its score or the reason there is none ({@code notScored}). {@code answeredOn} is the patient's
 * local day of completion; {@code dueOn} the day the occasion came due.
 */
public record QuestionnaireResponse(
        long id,
        long patientId,
        Questionnaire questionnaire,
        Occasion occasion,
        LocalDate dueOn,
        ResponseStatus status,
        Instant startedAt,
        @Nullable Instant completedAt,
        @Nullable LocalDate answeredOn,
        @Nullable Double score,
        @Nullable NotScored notScored,
        List<Answer> answers,
        int rowVersion) {

    public QuestionnaireResponse {
        answers = List.copyOf(answers);
    }

    public boolean completed() {
        return status == ResponseStatus.COMPLETED;
    }

    /** The score as {@link Scoring} gives it for these answers (the stored one, for a completed response). */
    public Score scored() {
        Score computed = Scoring.score(questionnaire, answers);
        return completed() ? new Score(score, computed.answered(), computed.asked(), notScored) : computed;
    }
}
