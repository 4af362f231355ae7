package org.upright.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.base.ConflictException;
import org.upright.base.EnglishErrors;
import org.upright.base.InvalidInputException;
import org.upright.security.Role;
import org.upright.security.UserAccount;

@IntegrationTest
class PrescriptionSaveIT {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProgramFixtures fixtures;

    @Autowired
    ProgramService programs;

    @Autowired
    JdbcTemplate jdbc;

    UserAccount therapist;
    long patientId;

    @BeforeEach
    void setUp() {
        therapist = accounts.create(Role.THERAPIST);
        patientId = fixtures.patientWithProgram(therapist, "NECK_INJURY");
    }

    @Test
    void a_change_is_a_new_version_and_the_first_version_stays_as_it_was() {
        PrescriptionDraft draft = accounts.as(therapist, () -> programs.draft(patientId));
        assertThat(draft.effectiveFrom().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(draft.effectiveFrom()).isAfter(LocalDate.now().minusDays(1));

        accounts.as(therapist, () -> programs.save(patientId, draft.withWalking(3, 20)));

        ProgramOverview overview =
                accounts.as(therapist, () -> programs.overview(patientId)).orElseThrow();
        assertThat(overview.versions()).hasSize(2);
        assertThat(overview.versions().get(0).getMinutesPerWalk()).isEqualTo(20);
        assertThat(overview.versions().get(1).getMinutesPerWalk()).isEqualTo(30);
        assertThat(overview.inForce())
                .as("today the first version is still in force")
                .isNotNull();
        assertThat(overview.inForce().getWalksPerDay()).isEqualTo(2);
    }

    @Test
    void a_neck_injury_leaves_chin_to_chest_out_with_its_reason() {
        ProgramOverview overview =
                accounts.as(therapist, () -> programs.overview(patientId)).orElseThrow();
        assertThat(overview.excluded()).singleElement().satisfies(e -> {
            assertThat(e.exercise().getName()).isEqualTo("Chin to chest");
            assertThat(e.reason()).isEqualTo("Left out: not suitable with neck injury");
        });
        Prescription phase2 = accounts.as(therapist, () -> programs.advancePhase(patientId, LocalDate.now()));
        assertThat(phase2.getExercises())
                .extracting(e -> overview.exerciseName(e.getExerciseId()))
                .containsExactly("Standing forward hang", "Supported forward hang");

        long chinToChest = overview.excluded().get(0).exercise().getId();
        PrescriptionDraft draft = accounts.as(therapist, () -> programs.draft(patientId));
        List<PrescriptionDraft.Item> items = new ArrayList<>(draft.exercises());
        items.add(new PrescriptionDraft.Item(chinToChest, 5, 5, 1));
        PrescriptionDraft withChin = new PrescriptionDraft(
                draft.basedOnPrescriptionId(),
                draft.effectiveFrom(),
                draft.walksPerDay(),
                draft.minutesPerWalk(),
                draft.stretchSessionsPerDay(),
                draft.warmUpMinutes(),
                draft.weekdays(),
                draft.phaseMinDays(),
                items,
                null);
        assertThatThrownBy(() -> accounts.as(therapist, () -> programs.save(patientId, withChin)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(ex -> assertThat(
                                EnglishErrors.of((InvalidInputException) ex).get("exercises"))
                        .contains("Chin to chest"));
    }

    @Test
    void saving_a_draft_based_on_a_version_someone_replaced_meanwhile_is_a_conflict_in_words() {
        PrescriptionDraft mine = accounts.as(therapist, () -> programs.draft(patientId));
        PrescriptionDraft theirs = accounts.as(therapist, () -> programs.draft(patientId));
        accounts.as(therapist, () -> programs.save(patientId, theirs.withWalking(2, 40)));

        Throwable conflict =
                catchThrowable(() -> accounts.as(therapist, () -> programs.save(patientId, mine.withWalking(3, 20))));

        assertThat(conflict)
                .isInstanceOf(ConflictException.class)
                .satisfies(ex -> assertThat(EnglishErrors.text(ex))
                        .contains("Someone else saved a new version")
                        .contains("Your changes are still in the form"));
        assertThat(versionCount()).isEqualTo(2);
    }

    @Test
    void two_saves_at_the_same_moment_give_one_new_version_and_one_conflict() throws Exception {
        PrescriptionDraft first = accounts.as(therapist, () -> programs.draft(patientId));
        PrescriptionDraft second = accounts.as(therapist, () -> programs.draft(patientId));
        CountDownLatch start = new CountDownLatch(1);
        List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (PrescriptionDraft draft : List.of(first.withWalking(3, 20), second.withWalking(4, 15))) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        outcomes.add(accounts.as(therapist, () -> programs.save(patientId, draft)));
                    } catch (ConflictException ex) {
                        outcomes.add(ex);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes).filteredOn(Prescription.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
        assertThat(versionCount()).isEqualTo(2);
    }

    @Test
    void impossible_doses_are_refused_with_a_message_at_each_field() {
        PrescriptionDraft draft = accounts.as(therapist, () -> programs.draft(patientId));
        LocalDate beforeStart = LocalDate.now().minusDays(30);
        PrescriptionDraft bad = new PrescriptionDraft(
                draft.basedOnPrescriptionId(), beforeStart, 0, 241, 7, -1, Set.of(), -1, List.of(), null);

        Throwable refused = catchThrowable(() -> accounts.as(therapist, () -> programs.save(patientId, bad)));

        assertThat(refused).isInstanceOf(InvalidInputException.class);
        var errors = EnglishErrors.of((InvalidInputException) refused);
        assertThat(errors)
                .containsEntry("walksPerDay", "Enter 1 to 6 walks a day.")
                .containsEntry("minutesPerWalk", "Enter 1 to 240 minutes per walk.")
                .containsEntry("stretchSessionsPerDay", "Enter 0 to 6 stretch sessions a day.")
                .containsEntry("warmUpMinutes", "Enter 0 to 240 warm-up minutes.")
                .containsEntry("weekdays", "Tick at least one day of the week.")
                .containsKey("phaseMinDays");
        assertThat(errors.get("effectiveFrom")).startsWith("A change cannot take effect before the program started");
        PrescriptionDraft negative = draft.withWalking(-2, 0);
        var negativeErrors = ((InvalidInputException)
                        catchThrowable(() -> accounts.as(therapist, () -> programs.save(patientId, negative))))
                .fieldErrors();
        assertThat(negativeErrors).containsKeys("walksPerDay", "minutesPerWalk");
        assertThat(versionCount()).isEqualTo(1);
    }

    @Test
    void the_largest_allowed_doses_are_accepted() {
        PrescriptionDraft draft = accounts.as(therapist, () -> programs.draft(patientId));
        Prescription saved = accounts.as(therapist, () -> programs.save(patientId, draft.withWalking(6, 240)));
        assertThat(saved.getMinutesPerWalk()).isEqualTo(240);
    }

    private int versionCount() {
        return jdbc.queryForObject("""
            SELECT COUNT(*) FROM prescription pr JOIN program p ON p.id = pr.program_id WHERE p.patient_id = ?""", Integer.class, patientId);
    }
}
