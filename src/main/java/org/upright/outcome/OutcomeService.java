package org.upright.outcome;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.base.ConflictException;
import org.upright.base.InvalidInputException;
import org.upright.base.NotFoundException;
import org.upright.patient.Patient;
import org.upright.patient.PatientAccess;
import org.upright.patient.PatientRoster;
import org.upright.program.ProgramSpans;
import org.upright.security.CurrentUser;

/**
 * Outcome measures: which questionnaires are due (schedule and requests), answering them (drafts kept
 * as the patient goes), their scores over time and the latest change. Every method checks who may do it:
 * a patient answers only their own, a therapist sees and schedules only their own patients; any other id
 * is "not found". Messages of the exceptions thrown here are keys of the outcome bundle.
 */
@Service
public class OutcomeService {

    private final PatientAccess access;
    private final CurrentUser currentUser;
    private final PatientRoster roster;
    private final ProgramSpans spans;
    private final Questionnaires questionnaires;
    private final Responses responses;
    private final Schedules schedules;
    private final OutcomeRecords records;
    private final AuditLog audit;
    private final Clock clock;
    private final DueCalendar dueCalendar;

    OutcomeService(
            PatientAccess access,
            CurrentUser currentUser,
            PatientRoster roster,
            ProgramSpans spans,
            Questionnaires questionnaires,
            Responses responses,
            Schedules schedules,
            OutcomeRecords records,
            AuditLog audit,
            Clock clock,
            DueCalendar dueCalendar) {
        this.dueCalendar = dueCalendar;
        this.access = access;
        this.currentUser = currentUser;
        this.roster = roster;
        this.spans = spans;
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.schedules = schedules;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** The questionnaires that can be scheduled or asked for: the highest version of each. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Questionnaire> questionnaires() {
        return questionnaires.current();
    }

    /** What the signed-in patient is asked to answer now, oldest first. */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(readOnly = true)
    public List<DueQuestionnaire> dueForMe() {
        return dueOf(access.requireSelf());
    }

    /** What a patient is asked to answer now, for their therapist. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<DueQuestionnaire> due(long patientId) {
        return dueOf(access.require(patientId));
    }

    /**
     * The signed-in patient's draft for a due questionnaire, started now if it was not: with the
     * activities named at baseline already filled in for the functional scale. Anything not due is not found.
     */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional
    public QuestionnaireResponse open(String questionnaireCode, String occasionKey) {
        Patient me = access.requireSelf();
        DueQuestionnaire due = dueOf(me).stream()
                .filter(d -> d.questionnaire().code().equals(questionnaireCode)
                        && d.occasion().key().equals(occasionKey))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        if (due.draftId() != null) {
            return load(due.draftId());
        }
        Questionnaire q = due.questionnaire();
        long id;
        try {
            id = responses.addDraft(me.getId(), q, due.occasion(), due.dueOn(), clock.instant());
        } catch (DuplicateKeyException twice) {
            // opened at the same moment in another tab: the first draft is the one
            return load(responses
                    .findByOccasion(me.getId(), q.code(), occasionKey)
                    .orElseThrow(NotFoundException::new)
                    .id());
        }
        List<String> named = baselineActivities(me.getId(), q, due.occasion().programId(), id);
        if (!named.isEmpty()) {
            List<Answer> prefilled = new ArrayList<>();
            for (int i = 0; i < named.size(); i++) {
                prefilled.add(new Answer(i + 1, q.items().get(0).linkId(), named.get(i), null));
            }
            responses.saveAnswers(id, 0, prefilled);
        }
        return load(id);
    }

    /** One of the signed-in patient's responses (a draft to resume, or a sent one). */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(readOnly = true)
    public QuestionnaireResponse mine(long responseId) {
        Patient me = access.requireSelf();
        Responses.Row row = responses.find(responseId).orElseThrow(NotFoundException::new);
        if (row.patientId() != me.getId()) {
            throw new NotFoundException();
        }
        return load(responseId);
    }

    /**
     * For a named-activity questionnaire: the activities named at baseline, which this response asks
     * again (their names fixed); empty when this response is the baseline, where the patient names them.
     */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(readOnly = true)
    public List<String> activitiesAskedAgain(long responseId) {
        QuestionnaireResponse response = mine(responseId);
        return baselineActivities(
                response.patientId(),
                response.questionnaire(),
                response.occasion().programId(),
                responseId);
    }

    /**
     * Saves the answers so far of the patient's draft; {@code rowVersion} is the version the patient
     * was shown (a save from another tab in between is a conflict, not a silent overwrite).
     */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional
    public QuestionnaireResponse saveDraft(long responseId, int rowVersion, List<Answer> answers) {
        QuestionnaireResponse draft = myDraft(responseId);
        store(draft, rowVersion, answers);
        return load(responseId);
    }

    /** Saves the answers and sends the response: it is scored by its instrument's rule and is no longer due. */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional
    public QuestionnaireResponse complete(long responseId, int rowVersion, List<Answer> answers) {
        QuestionnaireResponse draft = myDraft(responseId);
        List<Answer> cleaned = store(draft, rowVersion, answers);
        Questionnaire q = draft.questionnaire();
        if (q.patientNamedItems()) {
            long named = cleaned.size();
            if (named < q.minNamedItems()) {
                throw new InvalidInputException("activities", "outcome.error.too-few-activities", q.minNamedItems());
            }
        }
        if (cleaned.stream().noneMatch(a -> a.value() != null)) {
            throw new InvalidInputException("answers", "outcome.error.nothing-answered");
        }
        Score score = Scoring.score(q, cleaned);
        Patient me = access.requireSelf();
        responses.complete(responseId, clock.instant(), me.today(clock), score);
        audit.record(
                AuditAction.QUESTIONNAIRE_ANSWERED,
                me.getId(),
                "questionnaire_response",
                responseId,
                "questionnaire=" + q.code() + " v" + q.version() + ", occasion="
                        + draft.occasion().key());
        return load(responseId);
    }

    /** The schedule of the patient's latest program; empty when they have none. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<OutcomeSchedule> schedule(long patientId) {
        Patient patient = access.require(patientId);
        ProgramSpans.Latest latest = latestProgram(patient.getId());
        if (latest == null) {
            return Optional.empty();
        }
        List<ScheduleEntry> chosen = schedules.of(latest.programId());
        return Optional.of(
                chosen.isEmpty()
                        ? new OutcomeSchedule(
                                latest.programId(), true, OutcomeCalendar.standard(questionnaires.current()))
                        : new OutcomeSchedule(latest.programId(), false, chosen));
    }

    /** The therapist's choice of questionnaires for the patient's running program; one entry per questionnaire. */
    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional
    public OutcomeSchedule saveSchedule(long patientId, List<ScheduleEntry> entries) {
        Patient patient = access.require(patientId);
        ProgramSpans.Latest latest = latestProgram(patient.getId());
        if (latest == null || latest.span().end() != null) {
            throw new InvalidInputException("schedule", "outcome.error.no-running-program");
        }
        Set<String> codes =
                questionnaires.current().stream().map(Questionnaire::code).collect(Collectors.toSet());
        Map<String, ScheduleEntry> byCode = new LinkedHashMap<>();
        for (ScheduleEntry e : entries) {
            if (!codes.contains(e.questionnaireCode())) {
                throw new InvalidInputException("questionnaire", "outcome.error.unknown-questionnaire");
            }
            if (e.everyWeeks() != null && (e.everyWeeks() < 1 || e.everyWeeks() > ScheduleEntry.MAX_WEEKS)) {
                throw new InvalidInputException("everyWeeks", "outcome.error.weeks");
            }
            byCode.put(e.questionnaireCode(), e);
        }
        // a questionnaire left out is kept as "not asked", so the standard schedule does not come back
        for (String code : codes) {
            byCode.putIfAbsent(code, new ScheduleEntry(code, false, null, false));
        }
        schedules.save(
                patient.getId(),
                latest.programId(),
                List.copyOf(byCode.values()),
                currentUser.require().accountId(),
                clock.instant());
        audit.record(AuditAction.OUTCOME_SCHEDULE_SAVED, patient.getId(), "program", latest.programId(), null);
        return new OutcomeSchedule(latest.programId(), false, schedules.of(latest.programId()));
    }

    /**
     * Asks the patient for a questionnaire now (due from today, also without a program). A request for a
     * questionnaire already requested and not yet answered returns that request's id.
     */
    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional
    public long request(long patientId, String questionnaireCode) {
        Patient patient = access.require(patientId);
        questionnaires
                .currentOf(questionnaireCode)
                .orElseThrow(() -> new InvalidInputException("questionnaire", "outcome.error.unknown-questionnaire"));
        Optional<Schedules.Request> open = schedules.openRequest(patient.getId(), questionnaireCode);
        if (open.isPresent()) {
            return open.get().id();
        }
        long id = schedules.addRequest(
                patient.getId(),
                questionnaireCode,
                patient.today(clock),
                clock.instant(),
                currentUser.require().accountId());
        audit.record(
                AuditAction.QUESTIONNAIRE_REQUESTED,
                patient.getId(),
                "outcome_request",
                id,
                "questionnaire=" + questionnaireCode);
        return id;
    }

    /**
     * The patient's completed questionnaires, oldest first, each with its questionnaire version, answers
     * and score (the API the record exports read, through {@link OutcomeRecords} after their own check).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<QuestionnaireResponse> answered(long patientId) {
        return records.answered(access.require(patientId).getId());
    }

    /** Each questionnaire the patient has completed, with its scores over time, baseline and latest change. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ScoreSeries> progress(long patientId) {
        Patient patient = access.require(patientId);
        Map<String, List<QuestionnaireResponse>> byCode = new LinkedHashMap<>();
        for (QuestionnaireResponse r : records.answered(patient.getId())) {
            byCode.computeIfAbsent(r.questionnaire().code(), k -> new ArrayList<>())
                    .add(r);
        }
        Map<String, Questionnaire> current = new LinkedHashMap<>();
        questionnaires.current().forEach(q -> current.put(q.code(), q));
        List<ScoreSeries> result = new ArrayList<>();
        for (Questionnaire q : current.values()) {
            List<QuestionnaireResponse> answered = byCode.get(q.code());
            if (answered == null) {
                continue;
            }
            List<ScorePoint> points = answered.stream()
                    .map(r -> new ScorePoint(r.id(), r.answeredOn(), r.score(), r.notScored()))
                    .toList();
            List<Double> scored = points.stream()
                    .map(ScorePoint::score)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            Double baseline = q.ratesChange() || scored.isEmpty() ? null : scored.get(0);
            ScoreChange change = baseline == null || scored.size() < 2
                    ? null
                    : Scoring.change(q, baseline, scored.get(scored.size() - 1));
            result.add(new ScoreSeries(q, points, baseline, change));
        }
        return result;
    }

    /**
     * The latest change of the main measure (the disability index) for the signed-in therapist's patients
     * among {@code patientIds}: first scored response against the latest; patients with fewer than two are left out.
     */
    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional(readOnly = true)
    public Map<Long, ScoreChange> mainChanges(Collection<Long> patientIds) {
        List<Long> mine = roster.ofTherapist(currentUser.require().accountId(), patientIds).stream()
                .map(PatientRoster.Entry::patientId)
                .toList();
        Map<String, Questionnaire> main = new HashMap<>();
        questionnaires.current().stream().filter(Questionnaire::mainMeasure).forEach(q -> main.put(q.code(), q));
        Map<Long, ScoreChange> result = new HashMap<>();
        responses.scoresOf(mine, main.keySet()).forEach((patientId, scores) -> {
            // one main measure per clinic is expected; with several, the first code listed counts
            String code = scores.get(0).code();
            List<Responses.MainScore> same =
                    scores.stream().filter(s -> s.code().equals(code)).toList();
            if (same.size() >= 2) {
                result.put(
                        patientId,
                        Scoring.change(
                                main.get(code),
                                same.get(0).score(),
                                same.get(same.size() - 1).score()));
            }
        });
        return result;
    }

    private List<DueQuestionnaire> dueOf(Patient patient) {
        return dueCalendar.dueOn(patient.getId(), patient.today(clock));
    }

    private QuestionnaireResponse myDraft(long responseId) {
        QuestionnaireResponse response = mine(responseId);
        if (response.completed()) {
            throw new ConflictException("outcome.error.already-sent");
        }
        return response;
    }

    /** Checks and stores the answers; returns them as stored. */
    private List<Answer> store(QuestionnaireResponse draft, int rowVersion, List<Answer> answers) {
        List<Answer> cleaned = clean(draft, answers);
        if (!responses.saveAnswers(draft.id(), rowVersion, cleaned)) {
            throw new ConflictException("outcome.error.saved-elsewhere");
        }
        return cleaned;
    }

    private List<Answer> clean(QuestionnaireResponse draft, List<Answer> answers) {
        Questionnaire q = draft.questionnaire();
        if (q.patientNamedItems()) {
            QuestionnaireItem item = q.items().get(0);
            List<String> baseline =
                    baselineActivities(draft.patientId(), q, draft.occasion().programId(), draft.id());
            List<Answer> cleaned = new ArrayList<>();
            if (!baseline.isEmpty()) {
                // later occasions ask the baseline's activities again: their names are not the patient's to change
                Map<Integer, Answer> byPosition = new HashMap<>();
                answers.forEach(a -> byPosition.put(a.position(), a));
                for (int i = 0; i < baseline.size(); i++) {
                    Answer given = byPosition.get(i + 1);
                    Integer value = given == null ? null : checked(item, given.value());
                    cleaned.add(new Answer(i + 1, item.linkId(), baseline.get(i), value));
                }
                return cleaned;
            }
            for (Answer a : answers) {
                String label = a.label() == null ? "" : a.label().strip();
                if (label.isEmpty()) {
                    continue;
                }
                if (label.length() > Answer.LABEL_MAX) {
                    throw new InvalidInputException("activities", "outcome.error.activity-too-long");
                }
                cleaned.add(new Answer(cleaned.size() + 1, item.linkId(), label, checked(item, a.value())));
            }
            if (cleaned.size() > q.maxNamedItems()) {
                throw new InvalidInputException("activities", "outcome.error.too-many-activities");
            }
            return cleaned;
        }
        Map<String, QuestionnaireItem> items = new HashMap<>();
        q.items().forEach(i -> items.put(i.linkId(), i));
        Map<String, Answer> byLink = new LinkedHashMap<>();
        for (Answer a : answers) {
            QuestionnaireItem item = items.get(a.linkId());
            if (item == null) {
                throw new InvalidInputException("answers", "outcome.error.unknown-item");
            }
            byLink.put(item.linkId(), new Answer(item.position(), item.linkId(), null, checked(item, a.value())));
        }
        return byLink.values().stream()
                .sorted(Comparator.comparingInt(Answer::position))
                .toList();
    }

    private static @Nullable Integer checked(QuestionnaireItem item, @Nullable Integer value) {
        if (value != null && !item.accepts(value)) {
            throw new InvalidInputException("answers", "outcome.error.value-out-of-range");
        }
        return value;
    }

    /** The activities named in the first completed response of this questionnaire in the same program. */
    private List<String> baselineActivities(
            long patientId, Questionnaire q, @Nullable Long programId, long exceptResponse) {
        if (!q.patientNamedItems()) {
            return List.of();
        }
        return records.answered(patientId).stream()
                .filter(r -> r.id() != exceptResponse
                        && r.questionnaire().code().equals(q.code())
                        && java.util.Objects.equals(r.occasion().programId(), programId))
                .findFirst()
                .map(r -> r.answers().stream()
                        .map(Answer::label)
                        .filter(java.util.Objects::nonNull)
                        .toList())
                .orElse(List.of());
    }

    private QuestionnaireResponse load(long responseId) {
        Responses.Row row = responses.find(responseId).orElseThrow(NotFoundException::new);
        Questionnaire q = questionnaires.all().get(row.questionnaireId());
        return OutcomeRecords.toResponse(
                row, q, responses.answersOf(List.of(responseId)).getOrDefault(responseId, List.of()));
    }

    private ProgramSpans.@Nullable Latest latestProgram(long patientId) {
        return spans.latestOf(List.of(patientId)).get(patientId);
    }
}
