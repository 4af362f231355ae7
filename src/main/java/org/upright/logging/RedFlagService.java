package org.upright.logging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.base.InvalidInputException;
import org.upright.base.Problem;
import org.upright.patient.Patient;
import org.upright.patient.PatientAccess;
import org.upright.program.ProgramService;
import org.upright.program.ProgramSpan;

/**
 * The red-flag check. Any "yes" pauses the program from today and publishes
 * {@link RedFlagAnswered}, on which the alert module raises a critical alert, all in one
 * transaction with the stored answers.
 */
@Service
public class RedFlagService {

    /** The check is offered again on Today once the last one is older than this. */
    public static final Duration CHECK_EVERY = Duration.ofDays(7);

    /** The reason on a pause this check started, as the therapist reads it on the patient page. */
    static final String PAUSE_REASON = "Red-flag check answered yes";

    private final PatientAccess access;
    private final ProgramService programs;
    private final RedFlagChecks checks;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RedFlagService(
            PatientAccess access,
            ProgramService programs,
            RedFlagChecks checks,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.access = access;
        this.programs = programs;
        this.checks = checks;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in patient answers every question yes (true) or no (false). */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional
    public RedFlagResult answer(Map<RedFlagQuestion, Boolean> answers) {
        Patient patient = access.requireSelf();
        List<RedFlagQuestion> unanswered = Arrays.stream(RedFlagQuestion.values())
                .filter(q -> answers.get(q) == null)
                .toList();
        if (!unanswered.isEmpty()) {
            throw new InvalidInputException(unanswered.stream()
                    .collect(Collectors.toMap(Enum::name, q -> Problem.of("logging.error.answer-yes-no"))));
        }
        List<RedFlagQuestion> yes =
                Arrays.stream(RedFlagQuestion.values()).filter(answers::get).toList();
        String stored = Arrays.stream(RedFlagQuestion.values())
                .map(q -> q.name() + "=" + (answers.get(q) ? "yes" : "no"))
                .collect(Collectors.joining(","));
        Instant now = clock.instant();
        long checkId = checks.add(patient.getId(), now, stored, !yes.isEmpty());
        // which questions were answered yes is health data: it stays in red_flag_check, where erasure reaches it
        audit.record(AuditAction.RED_FLAG_ANSWERED, patient.getId(), "red_flag_check", checkId, null);
        boolean paused = !yes.isEmpty() && pause(patient);
        events.publishEvent(new RedFlagAnswered(
                patient.getId(),
                checkId,
                yes.stream().map(RedFlagQuestion::summary).toList()));
        return new RedFlagResult(checkId, yes, paused);
    }

    /** When the signed-in patient last answered the check, if ever. */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(readOnly = true)
    public Optional<Instant> lastAnswered() {
        Patient patient = access.requireSelf();
        return checks.lastAnswered(patient.getId());
    }

    /** True when the signed-in patient never answered the check or last did so over a week ago. */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(readOnly = true)
    public boolean checkDue() {
        return lastAnswered()
                .map(at -> at.isBefore(clock.instant().minus(CHECK_EVERY)))
                .orElse(true);
    }

    /**
     * While the signed-in patient's program is paused after a "yes" (by this check, or already
     * paused when they answered), the latest check's "yes" answers, most urgent first, so that
     * Today repeats the same advice; empty otherwise.
     */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(readOnly = true)
    public List<RedFlagQuestion> standingConcerns() {
        Patient patient = access.requireSelf();
        Optional<RedFlagChecks.Check> latest = checks.latest(patient.getId());
        if (latest.isEmpty() || !latest.get().anyYes()) {
            return List.of();
        }
        // the advice stands while the program is paused, until the therapist resumes it (program owns the pauses)
        boolean paused = programs.span(patient.getId())
                .map(span -> span.pauses().stream().anyMatch(p -> p.to() == null))
                .orElse(false);
        if (!paused) {
            return List.of();
        }
        return Arrays.stream(latest.get().answers().split(","))
                .filter(answer -> answer.endsWith("=yes"))
                .map(answer -> answer.substring(0, answer.indexOf('=')))
                .flatMap(name -> Arrays.stream(RedFlagQuestion.values())
                        .filter(q -> q.name().equals(name)))
                .sorted(RedFlagQuestion.MOST_URGENT_FIRST)
                .toList();
    }

    /** Pauses a running program from today (or from its start, if it has not begun); false when there is none to pause. */
    private boolean pause(Patient patient) {
        Optional<ProgramSpan> span = programs.span(patient.getId());
        if (span.isEmpty() || span.get().end() != null) {
            return false;
        }
        if (span.get().pauses().stream().anyMatch(p -> p.to() == null)) {
            return true;
        }
        LocalDate today = patient.today(clock);
        LocalDate from = today.isBefore(span.get().start()) ? span.get().start() : today;
        // a pause that was resumed in the future cannot overlap a new one; start after it instead
        for (var p : span.get().pauses()) {
            if (p.to() != null && p.to().isAfter(from)) {
                from = p.to();
            }
        }
        programs.pause(patient.getId(), from, PAUSE_REASON);
        return true;
    }
}
