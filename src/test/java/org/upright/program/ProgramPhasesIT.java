package org.upright.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.adherence.ProgramFigures;
import org.upright.base.EnglishErrors;
import org.upright.base.InvalidInputException;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/**
 * Pausing, resuming, ending and moving to the next phase, as the patient's days and the audit
 * trail show them. Dates are half-open (PRODUCT.md "Numbers"): the day a pause begins is not
 * prescribed, the day it is resumed is; the day the program ends is not.
 */
@IntegrationTest
class ProgramPhasesIT {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProgramFixtures fixtures;

    @Autowired
    ProgramService programs;

    @Autowired
    ProgramRepository programRepository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProgramSpans spans;

    @Autowired
    Clock clock;

    @Autowired
    SecurityContextHolderStrategy securityContexts;

    UserAccount therapist;
    long patientId;
    LocalDate today;
    LocalDate start;

    @BeforeEach
    void aPatientWhoseProgramStartedAWeekAgo() {
        // a browser test in the same JVM may have installed its own strategy globally
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
        therapist = accounts.create(Role.THERAPIST);
        // the fixtures' patients live in Europe/London, and their program starts a week before today there
        today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        start = today.minusDays(7);
        patientId = fixtures.patientOf(therapist).patient().getId();
        accounts.as(therapist, () -> programs.assign(patientId, templateId(), start));
    }

    @Test
    void the_day_a_pause_begins_and_the_days_after_are_not_prescribed_and_the_resume_day_is_again() {
        LocalDate pauseFrom = today.minusDays(3);
        accounts.as(therapist, () -> programs.pause(patientId, pauseFrom, "Flu"));

        assertThat(plan(pauseFrom.minusDays(1))).as("the day before the pause").isTrue();
        assertThat(plan(pauseFrom)).as("the day the pause began").isFalse();
        assertThat(plan(today)).as("today, while paused").isFalse();
        assertThat(plan(today.plusDays(10)))
                .as("a later day, while still paused")
                .isFalse();
        assertThat(status()).isEqualTo("PAUSED");

        LocalDate resumeOn = today.minusDays(1);
        accounts.as(therapist, () -> programs.resume(patientId, resumeOn));

        assertThat(plan(resumeOn.minusDays(1))).as("the last day of the pause").isFalse();
        assertThat(plan(resumeOn)).as("the day it was resumed").isTrue();
        assertThat(plan(today)).isTrue();
        assertThat(status()).isEqualTo("ACTIVE");

        // the numbers read the same days off the span: phase 1 is 2 walks of 30 minutes, no stretches
        ProgramFigures figures = new ProgramFigures(span(), List.of());
        assertThat(figures.prescribedOn(pauseFrom.minusDays(1))).isEqualTo(new Prescribed(2, 0, 30));
        assertThat(figures.prescribedOn(pauseFrom)).isNull();
        assertThat(figures.prescribedOn(resumeOn.minusDays(1))).isNull();
        assertThat(figures.prescribedOn(resumeOn)).isEqualTo(new Prescribed(2, 0, 30));

        assertThat(auditActions()).containsExactly("PROGRAM_ASSIGNED", "PROGRAM_PAUSED", "PROGRAM_RESUMED");
        assertThat(auditDetail("PROGRAM_PAUSED")).isEqualTo("from " + pauseFrom);
        assertThat(auditDetail("PROGRAM_RESUMED")).isEqualTo("on " + resumeOn);
    }

    @Test
    void a_pause_needs_a_reason_of_at_most_200_characters_which_stays_out_of_the_audit_trail() {
        for (String reason : java.util.Arrays.asList(null, "   ", "x".repeat(201))) {
            assertThatThrownBy(() -> accounts.as(therapist, () -> programs.pause(patientId, today, reason)))
                    .as("the reason " + reason)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            ex -> assertThat(ex.fieldErrors()).containsOnlyKeys("reason"));
        }
        assertThat(pauseCount()).isZero();
        assertThat(status()).isEqualTo("ACTIVE");

        accounts.as(therapist, () -> programs.pause(patientId, today, "  Knee surgery on Monday  "));
        assertThat(jdbc.queryForObject("""
            SELECT reason FROM program_pause pp JOIN program p ON p.id = pp.program_id WHERE p.patient_id = ?""", String.class, patientId)).isEqualTo("Knee surgery on Monday");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE patient_id = ? AND detail LIKE '%Knee%'",
                        Integer.class, patientId))
                .isZero();
        // the table refuses a blank reason too, whoever writes it
        assertThatThrownBy(() -> jdbc.update("""
            UPDATE program_pause SET reason = '  '
            WHERE program_id IN (SELECT id FROM program WHERE patient_id = ?)""", patientId))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void a_second_pause_that_would_overlap_an_earlier_one_is_refused_at_its_field() {
        accounts.as(therapist, () -> programs.pause(patientId, today.minusDays(5), "Holiday"));
        accounts.as(therapist, () -> programs.resume(patientId, today.minusDays(2)));

        for (LocalDate from : List.of(today.minusDays(3), today.minusDays(6))) {
            assertThatThrownBy(() -> accounts.as(therapist, () -> programs.pause(patientId, from, "Holiday")))
                    .as("a pause from " + from)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            ex -> assertThat(EnglishErrors.of(ex))
                                    .containsExactly(Map.entry("from", "This pause would overlap an earlier one.")));
        }
        assertThat(status()).isEqualTo("ACTIVE");
        assertThat(plan(today)).isTrue();
        assertThat(pauseCount()).isEqualTo(1);

        // the day the earlier pause was resumed is free: a pause may begin on it
        accounts.as(therapist, () -> programs.pause(patientId, today.minusDays(2), "Holiday"));
        assertThat(pauseCount()).isEqualTo(2);
        assertThat(plan(today.minusDays(2))).isFalse();
        assertThat(auditActions())
                .containsExactly("PROGRAM_ASSIGNED", "PROGRAM_PAUSED", "PROGRAM_RESUMED", "PROGRAM_PAUSED");
    }

    @Test
    void resuming_before_the_pause_began_is_refused_at_its_field_and_the_program_stays_paused() {
        LocalDate pauseFrom = today.minusDays(2);
        accounts.as(therapist, () -> programs.pause(patientId, pauseFrom, "Holiday"));

        assertThatThrownBy(() -> accounts.as(therapist, () -> programs.resume(patientId, pauseFrom.minusDays(1))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        ex -> assertThat(EnglishErrors.of(ex))
                                .containsExactly(Map.entry("on", "Resume on or after the day the pause began.")));

        assertThat(status()).isEqualTo("PAUSED");
        assertThat(plan(today)).isFalse();
        assertThat(plan(pauseFrom.minusDays(1))).isTrue();
        assertThat(auditActions()).containsExactly("PROGRAM_ASSIGNED", "PROGRAM_PAUSED");
    }

    @Test
    void the_figures_read_the_latest_program_with_its_own_versions_and_pauses_only() {
        accounts.as(therapist, () -> programs.pause(patientId, today.minusDays(3), "Flu"));
        accounts.as(therapist, () -> programs.resume(patientId, today.minusDays(1)));
        accounts.as(therapist, () -> programs.end(patientId, today));
        Program next = accounts.as(therapist, () -> programs.assign(patientId, templateId(), today.plusDays(1)));

        ProgramSpans.Latest latest = spans.latestOf(List.of(patientId)).get(patientId);
        assertThat(latest.programId()).as("the new program, not the ended one").isEqualTo(next.getId());
        assertThat(latest.span().start()).isEqualTo(today.plusDays(1));
        assertThat(latest.span().end()).isNull();
        assertThat(latest.span().pauses()).as("the ended program's pause").isEmpty();
        assertThat(latest.span().versions())
                .as("only the new program's versions")
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v.effectiveFrom()).isEqualTo(today.plusDays(1)));
    }

    @Test
    void ending_makes_the_end_day_not_prescribed_and_frees_the_patient_for_a_new_program() {
        assertThat(plan(today)).isTrue();
        assertThatThrownBy(() -> accounts.as(therapist, () -> programs.assign(patientId, templateId(), today)))
                .as("a second program while the first runs")
                .isInstanceOf(org.upright.base.ConflictException.class);

        accounts.as(therapist, () -> programs.end(patientId, today));

        Program ended =
                programRepository.findByPatientIdOrderByStartDateDesc(patientId).get(0);
        assertThat(ended.getStatus()).isEqualTo(ProgramStatus.ENDED);
        assertThat(ended.getEndDate()).isEqualTo(today);
        ProgramFigures figures = new ProgramFigures(programs.spanOf(ended), List.of());
        assertThat(figures.prescribedOn(today.minusDays(1)))
                .as("the last day of the program")
                .isNotNull();
        assertThat(figures.prescribedOn(today)).as("the day it ended").isNull();
        assertThat(plan(today)).isFalse();
        assertThat(accounts.as(therapist, () -> programs.overview(patientId))).isEmpty();

        Program next = accounts.as(therapist, () -> programs.assign(patientId, templateId(), today.plusDays(1)));
        assertThat(next.getId()).isNotEqualTo(ended.getId());
        assertThat(plan(today)).as("before the new program starts").isFalse();
        assertThat(accounts.as(therapist, () -> programs.planOn(patientId, today.plusDays(1))))
                .hasValueSatisfying(p -> assertThat(p.programId()).isEqualTo(next.getId()));
        assertThat(auditActions()).containsExactly("PROGRAM_ASSIGNED", "PROGRAM_ENDED", "PROGRAM_ASSIGNED");
        assertThat(auditDetail("PROGRAM_ENDED")).isEqualTo("on " + today);
    }

    @Test
    void advancing_a_phase_makes_a_new_version_from_the_chosen_day_and_leaves_the_earlier_one_as_it_was() {
        List<Map<String, Object>> before = versions();
        assertThat(before).hasSize(1);
        LocalDate from = today.plusDays(2);

        Prescription saved = accounts.as(therapist, () -> programs.advancePhase(patientId, from));

        assertThat(saved.getPhase()).isEqualTo(2);
        assertThat(saved.getEffectiveFrom()).isEqualTo(from);
        List<Map<String, Object>> after = versions();
        assertThat(after).hasSize(2);
        assertThat(after.get(0)).as("the first version, unchanged").isEqualTo(before.get(0));

        DayPlan dayBefore = accounts.as(therapist, () -> programs.planOn(patientId, from.minusDays(1)))
                .orElseThrow();
        assertThat(dayBefore.phase()).isEqualTo(1);
        assertThat(dayBefore.phaseName()).isEqualTo("Walking base");
        assertThat(dayBefore.walks()).isEqualTo(2);
        assertThat(dayBefore.stretchSessions()).isZero();
        assertThat(dayBefore.exercises()).isEmpty();

        DayPlan firstDay =
                accounts.as(therapist, () -> programs.planOn(patientId, from)).orElseThrow();
        assertThat(firstDay.phase()).isEqualTo(2);
        assertThat(firstDay.phaseName()).isEqualTo("Gentle stretches");
        assertThat(firstDay.walks()).isEqualTo(2);
        assertThat(firstDay.minutesPerWalk()).isEqualTo(30);
        assertThat(firstDay.stretchSessions()).isEqualTo(1);
        assertThat(firstDay.warmUpMinutes()).isEqualTo(20);
        assertThat(firstDay.exercises())
                .extracting(i -> i.exercise().getCode())
                .containsExactly("FORWARD_HANG", "SUPPORTED_HANG", "CHIN_TO_CHEST");

        assertThat(accounts.as(therapist, () -> programs.overview(patientId)))
                .hasValueSatisfying(
                        o -> assertThat(o.program().getCurrentPhase()).isEqualTo(2));
        assertThat(auditActions()).containsExactly("PROGRAM_ASSIGNED", "PROGRAM_PHASE_CHANGED");
        assertThat(auditDetail("PROGRAM_PHASE_CHANGED")).isEqualTo("phase 2 from " + from);
    }

    @Test
    void advancing_past_the_last_phase_is_refused_and_adds_no_version() {
        accounts.as(therapist, () -> programs.advancePhase(patientId, today));
        accounts.as(therapist, () -> programs.advancePhase(patientId, today.plusDays(7)));
        assertThat(versions()).extracting(v -> v.get("phase")).containsExactly(1, 2, 3);

        assertThatThrownBy(() -> accounts.as(therapist, () -> programs.advancePhase(patientId, today.plusDays(14))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        ex -> assertThat(EnglishErrors.of(ex))
                                .containsExactly(Map.entry("phase", "This is already the last phase.")));

        assertThat(versions()).hasSize(3);
        assertThat(accounts.as(therapist, () -> programs.planOn(patientId, today.plusDays(20))))
                .hasValueSatisfying(p -> assertThat(p.phaseName()).isEqualTo("Strengthening"));
        assertThat(auditActions())
                .containsExactly("PROGRAM_ASSIGNED", "PROGRAM_PHASE_CHANGED", "PROGRAM_PHASE_CHANGED");
    }

    private long templateId() {
        Long id = jdbc.queryForObject(
                "SELECT id FROM program_template WHERE code = 'UPPER_BACK_WALK_STRETCH'", Long.class);
        return id == null ? 0 : id;
    }

    private boolean plan(LocalDate day) {
        return accounts.as(therapist, () -> programs.planOn(patientId, day)).isPresent();
    }

    private ProgramSpan span() {
        return accounts.as(therapist, () -> programs.span(patientId)).orElseThrow();
    }

    private String status() {
        return jdbc.queryForObject(
                "SELECT status FROM program WHERE patient_id = ? ORDER BY id DESC LIMIT 1", String.class, patientId);
    }

    private int pauseCount() {
        Integer n = jdbc.queryForObject("""
            SELECT COUNT(*) FROM program_pause pp JOIN program p ON p.id = pp.program_id WHERE p.patient_id = ?""", Integer.class, patientId);
        return n == null ? 0 : n;
    }

    private List<Map<String, Object>> versions() {
        return jdbc.queryForList("""
            SELECT pr.id, pr.effective_from, pr.saved_at, pr.phase, pr.walks_per_day, pr.minutes_per_walk,
                   pr.stretch_sessions_per_day, pr.warm_up_minutes, pr.weekdays, pr.phase_min_days,
                   (SELECT COUNT(*) FROM prescription_exercise e WHERE e.prescription_id = pr.id) AS exercises
            FROM prescription pr JOIN program p ON p.id = pr.program_id
            WHERE p.patient_id = ? ORDER BY pr.id""", patientId);
    }

    private List<String> auditActions() {
        return jdbc.queryForList("""
            SELECT action FROM audit_event WHERE patient_id = ? AND action LIKE 'PROGRAM%' ORDER BY id""", String.class, patientId);
    }

    private String auditDetail(String action) {
        return jdbc.queryForObject("""
            SELECT detail FROM audit_event WHERE patient_id = ? AND action = ? ORDER BY id DESC LIMIT 1""", String.class, patientId, action);
    }
}
