package org.upright.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.program.PhaseAdvance.Setting;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/**
 * Advancing a phase does what the therapist meant: no older, later-dated version of the old phase takes
 * over afterwards, the therapist's tailoring stays where the next phase does not change it, and the
 * preview warns when the phase has not lasted its minimum days. The built-in template: phase 1 is 2 walks
 * of 30 minutes, no stretches, at least 7 days; phase 2 the same walks plus 1 stretch session after a
 * 20-minute warm-up with three stretches, at least 14 days; phase 3 1 walk of 30 minutes, 1 stretch session.
 */
@IntegrationTest
class PhaseAdvanceIT {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProgramFixtures fixtures;

    @Autowired
    ProgramService programs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    SecurityContextHolderStrategy securityContexts;

    UserAccount therapist;
    long patientId;
    LocalDate today;

    @BeforeEach
    void aPatientWhoseProgramStartedAWeekAgo() {
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
        therapist = accounts.create(Role.THERAPIST);
        today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        patientId = fixtures.patientOf(therapist).patient().getId();
        accounts.as(
                therapist, () -> programs.assign(patientId, fixtures.builtInTemplateId(therapist), today.minusDays(7)));
    }

    @Test
    void a_later_dated_version_of_the_old_phase_is_withdrawn_and_never_takes_over() {
        // "next Monday · phase 1, 45 minutes" is scheduled; then the therapist advances to phase 2 from today
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        PrescriptionDraft draft = accounts.as(therapist, () -> programs.draft(patientId));
        Prescription scheduled = accounts.as(
                therapist,
                () -> programs.save(
                        patientId, draft.withEffectiveFrom(nextMonday).withWalking(2, 45)));

        PhaseAdvance preview = accounts.as(therapist, () -> programs.previewAdvance(patientId, today));
        assertThat(preview.withdrawn()).extracting(Prescription::getId).containsExactly(scheduled.getId());
        accounts.as(therapist, () -> programs.advancePhase(patientId, today));

        DayPlan monday = accounts.as(therapist, () -> programs.planOn(patientId, nextMonday))
                .orElseThrow();
        assertThat(monday.phase()).isEqualTo(2);
        assertThat(monday.minutesPerWalk()).isEqualTo(30);
        assertThat(monday.stretchSessions()).isEqualTo(1);
        ProgramOverview overview =
                accounts.as(therapist, () -> programs.overview(patientId)).orElseThrow();
        assertThat(overview.isWithdrawn(overview.versions().stream()
                        .filter(v -> v.getId() == scheduled.getId())
                        .findFirst()
                        .orElseThrow()))
                .isTrue();
        assertThat(overview.nextAfter(today)).as("nothing else is scheduled").isNull();
        // the numbers read the same plan: the withdrawn version is not in the span
        assertThat(accounts.as(therapist, () -> programs.span(patientId))
                        .orElseThrow()
                        .versions())
                .noneMatch(v -> v.minutesPerWalk() == 45);
        assertThat(jdbc.queryForObject(
                        "SELECT detail FROM audit_event WHERE patient_id = ? AND action = " + "'PROGRAM_PHASE_CHANGED'",
                        String.class,
                        patientId))
                .isEqualTo("phase 2 from " + today + ", withdrew versions " + scheduled.getId());
    }

    @Test
    void the_therapists_tailoring_is_kept_where_the_next_phase_does_not_change_it() {
        // phase 1 tailored from 3 days ago: 3 walks of 40 minutes, weekdays only
        EnumSet<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        PrescriptionDraft draft = accounts.as(therapist, () -> programs.draft(patientId));
        accounts.as(
                therapist,
                () -> programs.save(
                        patientId,
                        new PrescriptionDraft(
                                draft.basedOnPrescriptionId(),
                                today.minusDays(3),
                                3,
                                40,
                                0,
                                0,
                                weekdays,
                                7,
                                List.of(),
                                null)));

        PhaseAdvance preview = accounts.as(therapist, () -> programs.previewAdvance(patientId, today));
        assertThat(versionCount()).as("a preview saves nothing").isEqualTo(2);
        // the template keeps 2 × 30 min walks from phase 1 to 2, so the tailored 3 × 40 stays;
        // it adds a stretch session after a 20-minute warm-up and three stretches, and 14 minimum days
        assertThat(preview.draft().walksPerDay()).isEqualTo(3);
        assertThat(preview.draft().minutesPerWalk()).isEqualTo(40);
        assertThat(preview.draft().weekdays()).isEqualTo(weekdays);
        assertThat(preview.draft().stretchSessionsPerDay()).isEqualTo(1);
        assertThat(preview.draft().warmUpMinutes()).isEqualTo(20);
        assertThat(preview.draft().phaseMinDays()).isEqualTo(14);
        assertThat(preview.changes())
                .contains(
                        new PhaseAdvance.Value(Setting.PHASE, 1, 2),
                        new PhaseAdvance.Value(Setting.STRETCH_SESSIONS_PER_DAY, 0, 1),
                        new PhaseAdvance.Value(Setting.WARM_UP_MINUTES, 0, 20),
                        new PhaseAdvance.Value(Setting.PHASE_MIN_DAYS, 7, 14))
                .noneMatch(c -> c instanceof PhaseAdvance.Value v
                        && (v.setting() == Setting.WALKS_PER_DAY || v.setting() == Setting.MINUTES_PER_WALK));

        Prescription phase2 = accounts.as(therapist, () -> programs.advancePhase(patientId, today));
        assertThat(phase2.getWalksPerDay()).isEqualTo(3);
        assertThat(phase2.getMinutesPerWalk()).isEqualTo(40);
        assertThat(phase2.getWeekdays()).isEqualTo(weekdays);

        // phase 2 tailored: chin to chest left out, the supported hang held 45 s
        long supported = exerciseId("SUPPORTED_HANG");
        long forward = exerciseId("FORWARD_HANG");
        PrescriptionDraft p2 = accounts.as(therapist, () -> programs.draft(patientId));
        List<PrescriptionDraft.Item> items = new ArrayList<>();
        for (PrescriptionDraft.Item item : p2.exercises()) {
            if (item.exerciseId() == supported) {
                items.add(new PrescriptionDraft.Item(supported, 45, item.reps(), item.sets()));
            } else if (item.exerciseId() == forward) {
                items.add(item);
            }
        }
        accounts.as(
                therapist,
                () -> programs.save(
                        patientId,
                        new PrescriptionDraft(
                                p2.basedOnPrescriptionId(),
                                today.plusDays(1),
                                p2.walksPerDay(),
                                p2.minutesPerWalk(),
                                p2.stretchSessionsPerDay(),
                                p2.warmUpMinutes(),
                                p2.weekdays(),
                                p2.phaseMinDays(),
                                items,
                                null)));

        // phase 3 walks once a day (the template changes it: 3 → 1); the supported hang is in phases 2 and 3
        // with the same template dose, so its tailored 45 s stays; the forward hang leaves with phase 3
        Prescription phase3 = accounts.as(therapist, () -> programs.advancePhase(patientId, today.plusDays(1)));
        assertThat(phase3.getWalksPerDay()).isEqualTo(1);
        assertThat(phase3.getMinutesPerWalk()).isEqualTo(40);
        assertThat(phase3.getExercises())
                .extracting(PrescriptionExercise::getExerciseId)
                .contains(
                        supported,
                        exerciseId("SHOULDER_BLADE_SQUEEZE"),
                        exerciseId("WALL_ANGEL"),
                        exerciseId("BAND_ROW"))
                .doesNotContain(forward, exerciseId("CHIN_TO_CHEST"));
        assertThat(phase3.getExercises().stream()
                        .filter(e -> e.getExerciseId() == supported)
                        .findFirst()
                        .orElseThrow()
                        .getHoldSeconds())
                .isEqualTo(45);
    }

    @Test
    void advancing_before_the_minimum_days_warns_and_still_may_go_ahead() {
        // phase 1 began 7 days ago and asks for 7 days: from today it is enough, from 3 days ago it is not
        assertThat(accounts.as(therapist, () -> programs.previewAdvance(patientId, today))
                        .tooSoon())
                .isNull();

        PhaseAdvance early = accounts.as(therapist, () -> programs.previewAdvance(patientId, today.minusDays(3)));
        assertThat(early.tooSoon()).isEqualTo(new PhaseAdvance.TooSoon(1, 7, 4));

        Prescription saved = accounts.as(therapist, () -> programs.advancePhase(patientId, today.minusDays(3)));
        assertThat(saved.getPhase()).isEqualTo(2);
        assertThat(saved.getEffectiveFrom()).isEqualTo(today.minusDays(3));
    }

    private long exerciseId(String code) {
        Long id = jdbc.queryForObject("SELECT id FROM exercise WHERE code = ?", Long.class, code);
        return id == null ? 0 : id;
    }

    private int versionCount() {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM prescription pr JOIN program p ON p.id = pr.program_id "
                        + "WHERE p.patient_id = ?",
                Integer.class,
                patientId);
        return n == null ? 0 : n;
    }
}
