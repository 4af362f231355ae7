/**
 * Outcome measures (issue 11): validated questionnaires stored as data, scheduled during a program,
 * answered by the patient and scored by each instrument's own rule.
 *
 * <p>The API other modules use:
 *
 * <ul>
 *   <li>{@link org.upright.outcome.Questionnaire} – one stored version of a questionnaire: code, version,
 *       title, LOINC code (null where none), items ({@link org.upright.outcome.QuestionnaireItem}) with
 *       answer options ({@link org.upright.outcome.AnswerOption}), scoring rule
 *       ({@link org.upright.outcome.ScoringRule}), score range and direction ({@code higherIsBetter}),
 *       MCID, the allowance of missing items, and texts per language with English as the fallback
 *       ({@code title(Locale)}, {@code itemText}, {@code optionText}).
 *   <li>{@link org.upright.outcome.QuestionnaireResponse} – one answering for one
 *       {@link org.upright.outcome.Occasion} (start, every N weeks, end, or a therapist's request): status
 *       (draft or completed), the questionnaire version it answered, its {@link org.upright.outcome.Answer}s
 *       (with the activity's name for the functional scale), the patient's local day it was completed
 *       ({@code answeredOn}), and its score or the reason there is none ({@link org.upright.outcome.NotScored}).
 *   <li>{@link org.upright.outcome.Scoring} – the pure scoring by rule and the MCID decision
 *       ({@link org.upright.outcome.ScoreChange}, {@link org.upright.outcome.ChangeVerdict}).
 *   <li>{@link org.upright.outcome.OutcomeService} – for screens, every method access-checked: what is due,
 *       opening, saving and completing a response, the schedule of a program, ad-hoc requests,
 *       {@code answered(patientId)} (one patient's completed questionnaires with answers and scores),
 *       {@code progress(patientId)} (scores over time, baseline, change) and the caseload's
 *       {@code mainChanges}.
 *   <li>{@link org.upright.outcome.OutcomeRecords} – {@code answered(patientId)} for the record exports: the
 *       same list without an access check of its own (a data door: the export checks access and audits).
 * </ul>
 *
 * <p>Exceptions from the service carry a key of the {@code outcome} message bundle as their message.
 */
@org.jspecify.annotations.NullMarked
package org.upright.outcome;
