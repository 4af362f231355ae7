package org.upright.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.base.EnglishErrors;
import org.upright.base.InvalidInputException;
import org.upright.base.NotFoundException;
import org.upright.program.DayPlan;
import org.upright.security.Role;
import org.upright.security.UserAccount;

@IntegrationTest
class LoggingServiceIT {

    @Autowired
    org.upright.program.TemplateService templateService;

    @Autowired
    LoggingService logging;

    @Autowired
    TodayService todayService;

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.upright.program.ProgramService programs;

    @Autowired
    Clock clock;

    @Test
    void out_of_range_values_sent_directly_are_refused_with_a_clear_message_and_never_stored() {
        LoggingTestSetup.Made p = setup.patient(2, Set.of());
        LocalDate today = p.today(clock);

        assertRefused(p, walk(today, 30, -1, null), "discomfortAfter", "from 0 (no pain) to 10");
        assertRefused(p, walk(today, 30, 11, null), "discomfortAfter", "from 0 (no pain) to 10");
        assertRefused(p, new WalkEntry(key(), today, 30, 11, 2, null, Set.of()), "discomfortBefore", "0 (no pain)");
        assertRefused(p, walk(today, 1_000_000, 2, null), "minutes", "from 1 to 1440");
        assertRefused(p, walk(today, 0, 2, null), "minutes", "from 1 to 1440");
        assertRefused(p, walk(today, 30, 2, "x".repeat(100_000)), "note", "1000 characters or fewer");
        assertRefused(p, walk(today.plusWeeks(1), 30, 2, null), "date", "not come yet");
        assertRefused(p, walk(today.plusDays(1), 30, 2, null), "date", "not come yet");
        assertRefused(p, walk(today.minusDays(8), 30, 2, null), "date", "up to 7 days back");
        assertRefused(p, stretch(today, null, List.of()), "discomfortAfter", "after the session");
        assertRefused(p, stretch(today, 11, List.of()), "discomfortAfter", "0 (no pain) to 10");
        assertRefused(
                p,
                new StretchEntry(key(), today, 1_000_000, List.of(), null, 3, null, Set.of()),
                "warmUpMinutes",
                "0 to 1440");
        long exerciseId = firstStretchOfPlan(p);
        assertRefused(
                p,
                stretch(today, 3, List.of(new ExerciseResult(exerciseId, ExerciseOutcome.DONE, -1))),
                "exercises",
                "0 (no pain) to 10");
        assertRefused(
                p,
                stretch(today, 3, List.of(new ExerciseResult(999_999, ExerciseOutcome.DONE, null))),
                "exercises",
                "once");

        assertThat(logCount(p)).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM daily_activity WHERE patient_id = ?", Integer.class, p.patientId()))
                .isZero();
    }

    @Test
    void a_session_dated_before_the_program_starts_is_refused_at_its_date() {
        LoggingTestSetup.Made p = setup.patient(0, Set.of());
        LocalDate today = p.today(clock);
        accounts.as(
                p.therapist(),
                () -> programs.assign(
                        p.patientId(), templateService.templates().get(0).getId(), today.minusDays(2)));

        assertRefused(p, walk(today.minusDays(3), 30, 2, null), "date", "Sessions before that day cannot be logged");
        assertThat(logCount(p)).isZero();

        accounts.as(p.patientAccount(), () -> logging.logWalk(walk(today.minusDays(2), 30, 2, null)));
        assertThat(logCount(p)).isEqualTo(1);
    }

    @Test
    void the_edges_of_each_range_are_accepted() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        LocalDate today = p.today(clock);
        accounts.as(p.patientAccount(), () -> {
            logging.logWalk(new WalkEntry(key(), today.minusDays(7), 1, 0, 0, "", Set.of()));
            logging.logWalk(new WalkEntry(key(), today, 1440, 10, 10, "n".repeat(1000), Set.of(ContextTag.SLEEP)));
        });
        assertThat(logCount(p)).isEqualTo(2);
    }

    @Test
    void a_note_with_markup_is_stored_exactly_as_typed() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        String note = "<script>alert('x')</script> & <b>bold</b>";
        LoggedSession saved = accounts.as(p.patientAccount(), () -> logging.logWalk(walk(p.today(clock), 20, 3, note)));
        assertThat(saved.note()).isEqualTo(note);
        assertThat(jdbc.queryForObject("SELECT note FROM session_log WHERE id = ?", String.class, saved.id()))
                .isEqualTo(note);
    }

    @Test
    void saving_twice_with_the_same_client_key_stores_one_log_counted_once() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        WalkEntry entry = walk(p.today(clock), 30, 4, "first");
        LoggedSession first = accounts.as(p.patientAccount(), () -> logging.logWalk(entry));
        LoggedSession second = accounts.as(p.patientAccount(), () -> logging.logWalk(entry));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(logCount(p)).isEqualTo(1);
        assertThat(activity(p, p.today(clock))).containsExactly(1, 0, 30, 4, 1);
    }

    @Test
    void two_saves_of_the_same_form_at_the_same_moment_store_one_log() throws Exception {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        for (int round = 0; round < 5; round++) {
            WalkEntry entry = walk(p.today(clock), 10, 2, null);
            Callable<Long> save = () -> accounts.as(p.patientAccount(), () -> logging.logWalk(entry))
                    .id();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Long>> results = pool.invokeAll(List.of(save, save));
                assertThat(results.get(0).get()).isEqualTo(results.get(1).get());
            } finally {
                pool.shutdown();
            }
        }
        assertThat(logCount(p)).isEqualTo(5);
        assertThat(activity(p, p.today(clock))).containsExactly(5, 0, 50, 10, 5);
    }

    @Test
    void edits_and_deletions_keep_the_daily_summary_right_and_the_earlier_values_in_the_history_not_the_audit_trail() {
        LoggingTestSetup.Made p = setup.patient(2, Set.of());
        LocalDate today = p.today(clock);
        long exerciseId = firstStretchOfPlan(p);
        LoggedSession walk = accounts.as(p.patientAccount(), () -> logging.logWalk(walk(today, 30, 4, "before")));
        LoggedSession session = accounts.as(
                p.patientAccount(),
                () -> logging.logStretch(new StretchEntry(
                        key(),
                        today,
                        25,
                        List.of(new ExerciseResult(exerciseId, ExerciseOutcome.DONE, 2)),
                        5,
                        6,
                        null,
                        Set.of(ContextTag.DESK_WORK))));
        // the warm-up walk of a stretch session does not add walk minutes
        assertThat(activity(p, today)).containsExactly(1, 1, 30, 10, 2);

        LoggedSession edited = accounts.as(
                p.patientAccount(),
                () -> logging.edit(
                        walk.id(), walk.version(), new WalkEntry("ignored", today, 45, null, 2, "after", Set.of())));
        assertThat(edited.walkMinutes()).isEqualTo(45);
        assertThat(activity(p, today)).containsExactly(1, 1, 45, 8, 2);

        accounts.as(
                p.patientAccount(),
                () -> logging.edit(
                        session.id(),
                        session.version(),
                        new StretchEntry(
                                "k",
                                today,
                                25,
                                List.of(new ExerciseResult(exerciseId, ExerciseOutcome.TOO_UNCOMFORTABLE, 7)),
                                5,
                                7,
                                null,
                                Set.of())));
        assertThat(activity(p, today)).containsExactly(1, 1, 45, 9, 2);
        assertThat(jdbc.queryForObject(
                        "SELECT outcome FROM session_exercise WHERE session_log_id = ?", String.class, session.id()))
                .isEqualTo("TOO_UNCOMFORTABLE");

        // moving the walk to yesterday moves it in the summary too
        LoggedSession moved = accounts.as(
                p.patientAccount(),
                () -> logging.edit(
                        walk.id(),
                        edited.version(),
                        new WalkEntry("ignored", today.minusDays(1), 45, null, 2, "after", Set.of())));
        assertThat(activity(p, today)).containsExactly(0, 1, 0, 7, 1);
        assertThat(activity(p, today.minusDays(1))).containsExactly(1, 0, 45, 2, 1);

        accounts.as(p.patientAccount(), () -> logging.delete(moved.id()));
        assertThat(activity(p, today.minusDays(1))).containsExactly(0, 0, 0, 0, 0);
        assertThat(jdbc.queryForObject(
                        "SELECT deleted_at IS NOT NULL FROM session_log WHERE id = ?", Boolean.class, walk.id()))
                .isTrue();
        assertThat(accounts.as(p.patientAccount(), () -> logging.history()))
                .extracting(LoggedSession::id)
                .containsExactly(session.id());

        List<String> audit = jdbc.queryForList(
                "SELECT CONCAT(action, ' ', COALESCE(detail, '-')) FROM audit_event "
                        + "WHERE entity = 'session_log' AND entity_id = ? ORDER BY id",
                String.class,
                walk.id());
        assertThat(audit)
                .containsExactly("SESSION_LOGGED -", "SESSION_EDITED -", "SESSION_EDITED -", "SESSION_DELETED -");
        List<String> history = jdbc.queryForList(
                "SELECT CONCAT(change_kind, ' ', before_values) FROM "
                        + "session_log_history WHERE session_log_id = ? ORDER BY id",
                String.class,
                walk.id());
        assertThat(history).hasSize(3);
        assertThat(history.get(0))
                .startsWith("EDITED")
                .contains("walkMinutes=30")
                .contains("discomfortAfter=4")
                .contains("note=\"before\"");
        assertThat(history.get(2)).startsWith("DELETED").contains("walkMinutes=45");
    }

    @Test
    void a_session_logged_on_an_earlier_day_is_read_only() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        LocalDate today = p.today(clock);
        UserAccount admin = accounts.create(Role.ADMIN);
        LoggedSession old = accounts.as(
                        admin,
                        () -> logging.recordPast(
                                p.patientId(),
                                List.of(new LoggingService.PastSession(
                                        walk(today.minusDays(3), 30, 2, null),
                                        clock.instant().minus(2, ChronoUnit.DAYS)))))
                .get(0);
        LoggedSession mine =
                accounts.as(p.patientAccount(), () -> logging.history()).get(0);
        assertThat(mine.id()).isEqualTo(old.id());
        assertThat(mine.editable()).isFalse();

        assertThatThrownBy(() -> accounts.as(
                        p.patientAccount(),
                        () -> logging.edit(old.id(), old.version(), walk(today.minusDays(3), 40, 2, null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        ex -> assertThat(EnglishErrors.text(ex)).contains("only on the day it was logged"));
        assertThatThrownBy(() -> accounts.as(p.patientAccount(), () -> logging.delete(old.id())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(activity(p, today.minusDays(3))).containsExactly(1, 0, 30, 2, 1);
    }

    @Test
    void logging_the_past_is_for_admins_only() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        var past = List.of(new LoggingService.PastSession(
                walk(p.today(clock).minusDays(1), 30, 2, null), Instant.now().minus(1, ChronoUnit.DAYS)));
        assertThatThrownBy(() -> accounts.as(p.patientAccount(), () -> logging.recordPast(p.patientId(), past)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(p.therapist(), () -> logging.recordPast(p.patientId(), past)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(logCount(p)).isZero();
    }

    @Test
    void a_patient_cannot_read_or_write_another_patients_logs_whatever_id_is_sent() {
        LoggingTestSetup.Made me = setup.patient(2, Set.of());
        LoggingTestSetup.Made other = setup.patient(2, Set.of());
        LocalDate today = other.today(clock);
        LoggedSession theirs = accounts.as(other.patientAccount(), () -> logging.logWalk(walk(today, 30, 3, "mine")));

        UserAccount meAccount = me.patientAccount();
        assertThatThrownBy(() -> accounts.as(meAccount, () -> logging.history(other.patientId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(meAccount, () -> logging.dailyActivity(other.patientId(), today, today)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(meAccount, () -> logging.ownLog(theirs.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(
                        meAccount, () -> logging.edit(theirs.id(), theirs.version(), walk(today, 1, 10, "changed"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(meAccount, () -> logging.delete(theirs.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(meAccount, () -> logging.ownLog(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
        // my own history never shows theirs, and the same key in my form stores my own log
        LoggedSession sameKey = accounts.as(
                meAccount,
                () -> logging.logWalk(new WalkEntry(clientKeyOf(theirs), today, 5, null, 1, null, Set.of())));
        assertThat(sameKey.id()).isNotEqualTo(theirs.id());
        assertThat(sameKey.patientId()).isEqualTo(me.patientId());
        assertThat(accounts.as(meAccount, () -> logging.history()))
                .extracting(LoggedSession::id)
                .containsExactly(sameKey.id());

        LoggedSession unchanged = accounts.as(other.patientAccount(), () -> logging.ownLog(theirs.id()));
        assertThat(unchanged.walkMinutes()).isEqualTo(30);
        assertThat(unchanged.note()).isEqualTo("mine");
    }

    @Test
    void a_therapist_reads_only_their_own_patients_logs_and_writes_none() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        LoggingTestSetup.Made stranger = setup.patient(1, Set.of());
        accounts.as(p.patientAccount(), () -> logging.logWalk(walk(p.today(clock), 30, 3, null)));

        assertThat(accounts.as(p.therapist(), () -> logging.history(p.patientId())))
                .hasSize(1);
        assertThatThrownBy(() -> accounts.as(stranger.therapist(), () -> logging.history(p.patientId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(p.therapist(), () -> logging.logWalk(walk(p.today(clock), 30, 3, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(p.therapist(), () -> logging.history()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(logCount(p)).isEqualTo(1);
    }

    @Test
    void today_shows_the_plan_what_is_done_the_streak_and_stretches_that_were_too_uncomfortable() {
        LoggingTestSetup.Made p = setup.patient(2, Set.of("NECK_INJURY"));
        LocalDate today = p.today(clock);
        UserAccount admin = accounts.create(Role.ADMIN);
        accounts.as(
                admin,
                () -> logging.recordPast(
                        p.patientId(),
                        List.of(
                                new LoggingService.PastSession(
                                        walk(today.minusDays(2), 30, 2, null),
                                        clock.instant().minus(2, ChronoUnit.DAYS)),
                                new LoggingService.PastSession(
                                        walk(today.minusDays(1), 30, 2, null),
                                        clock.instant().minus(1, ChronoUnit.DAYS)))));
        TodayOverview before = accounts.as(p.patientAccount(), () -> todayService.today());
        assertThat(before.streak()).isEqualTo(2);
        DayPlan plan = before.plan();
        assertThat(plan).isNotNull();
        assertThat(plan.stretchSessions()).isEqualTo(1);
        assertThat(plan.exercises())
                .extracting(i -> i.exercise().getCode())
                .containsExactly("FORWARD_HANG", "SUPPORTED_HANG");

        long hang = plan.exercises().get(0).exercise().getId();
        accounts.as(
                p.patientAccount(),
                () -> logging.logStretch(
                        stretch(today, 4, List.of(new ExerciseResult(hang, ExerciseOutcome.TOO_UNCOMFORTABLE, 6)))));
        TodayOverview after = accounts.as(p.patientAccount(), () -> todayService.today());
        assertThat(after.streak()).isEqualTo(3);
        assertThat(after.stretchSessionsDone()).isEqualTo(1);
        assertThat(after.tooUncomfortableLastTime()).containsExactly(hang);
    }

    private void assertRefused(LoggingTestSetup.Made p, SessionEntry entry, String field, String message) {
        assertThatThrownBy(() -> accounts.as(
                        p.patientAccount(),
                        () -> entry instanceof WalkEntry w
                                ? logging.logWalk(w)
                                : logging.logStretch((StretchEntry) entry)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        ex -> assertThat(EnglishErrors.of(ex))
                                .hasEntrySatisfying(field, m -> assertThat(m).contains(message)));
    }

    private long firstStretchOfPlan(LoggingTestSetup.Made p) {
        DayPlan plan =
                accounts.as(p.patientAccount(), () -> todayService.today()).plan();
        assertThat(plan).isNotNull();
        return plan.exercises().get(0).exercise().getId();
    }

    private String clientKeyOf(LoggedSession session) {
        return jdbc.queryForObject("SELECT client_key FROM session_log WHERE id = ?", String.class, session.id());
    }

    private int logCount(LoggingTestSetup.Made p) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM session_log WHERE patient_id = ? AND deleted_at IS NULL",
                Integer.class,
                p.patientId());
    }

    /** walks, stretch sessions, walk minutes, discomfort sum, discomfort count of one day. */
    private List<Integer> activity(LoggingTestSetup.Made p, LocalDate day) {
        List<List<Integer>> rows = jdbc.query(
                """
            SELECT walks, stretch_sessions, walk_minutes, discomfort_sum, discomfort_count FROM daily_activity
            WHERE patient_id = ? AND local_date = ?""",
                (rs, i) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)),
                p.patientId(),
                java.sql.Date.valueOf(day));
        return rows.isEmpty() ? List.of(0, 0, 0, 0, 0) : rows.get(0);
    }

    static WalkEntry walk(LocalDate date, int minutes, Integer discomfortAfter, String note) {
        return new WalkEntry(key(), date, minutes, null, discomfortAfter, note, Set.of());
    }

    static StretchEntry stretch(LocalDate date, Integer discomfortAfter, List<ExerciseResult> exercises) {
        return new StretchEntry(key(), date, 20, exercises, null, discomfortAfter, null, Set.of());
    }

    static String key() {
        return UUID.randomUUID().toString();
    }
}
