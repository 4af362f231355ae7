package org.upright.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;

/**
 * The day's summary (daily_activity) must equal the live logs of that day, for every patient and
 * day, however many saves, edits and deletions of the same day run at once.
 */
@IntegrationTest
class DailyActivityConsistencyIT {

    private static final int THREADS = 6;
    private static final int ROUNDS = 5;

    @Autowired
    LoggingService logging;

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void different_forms_saved_at_the_same_moment_for_the_same_day_are_all_stored_and_all_counted() throws Exception {
        LoggingTestSetup.Made p = setup.patient(2, Set.of());
        LocalDate today = p.today(clock);
        for (int round = 0; round < ROUNDS; round++) {
            List<Callable<Long>> saves = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int minutes = 10 + t;
                boolean walk = t % 3 != 2;
                saves.add(() -> accounts.as(
                                p.patientAccount(),
                                () -> walk
                                        ? logging.logWalk(new WalkEntry(
                                                key(), today, minutes, null, rating(minutes), null, Set.of()))
                                        : logging.logStretch(new StretchEntry(
                                                key(), today, 5, List.of(), null, rating(minutes), null, Set.of())))
                        .id());
            }
            assertThat(runTogether(saves))
                    .as("every save succeeds with its own log")
                    .doesNotHaveDuplicates()
                    .hasSize(THREADS);
        }
        assertThat(liveLogs(p)).isEqualTo(THREADS * ROUNDS);
        assertSummaryMatchesLogs(p);
    }

    @Test
    void the_same_form_saved_from_several_threads_is_stored_and_counted_once() throws Exception {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        LocalDate today = p.today(clock);
        for (int round = 0; round < ROUNDS; round++) {
            WalkEntry entry = new WalkEntry(key(), today, 20, null, 3, null, Set.of());
            List<Callable<Long>> saves = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                saves.add(() -> accounts.as(p.patientAccount(), () -> logging.logWalk(entry))
                        .id());
            }
            assertThat(Set.copyOf(runTogether(saves)))
                    .as("all saves return the one log")
                    .hasSize(1);
        }
        assertThat(liveLogs(p)).isEqualTo(ROUNDS);
        assertSummaryMatchesLogs(p);
        assertThat(summary(p).get(today)).containsExactly(ROUNDS, 0, 20 * ROUNDS, 3 * ROUNDS, ROUNDS);
    }

    @Test
    void edits_moves_deletions_and_new_logs_at_the_same_moment_keep_every_day_right() throws Exception {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        LocalDate today = p.today(clock);
        for (int round = 0; round < ROUNDS; round++) {
            List<LoggedSession> existing = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int minutes = 30 + i;
                existing.add(accounts.as(
                        p.patientAccount(),
                        () -> logging.logWalk(new WalkEntry(key(), today, minutes, null, 4, null, Set.of()))));
            }
            LoggedSession edited = existing.get(0);
            LoggedSession moved = existing.get(1);
            LoggedSession deleted = existing.get(2);
            List<Callable<Long>> work = new ArrayList<>();
            work.add(() -> accounts.as(
                            p.patientAccount(),
                            () -> logging.edit(
                                    edited.id(),
                                    edited.version(),
                                    new WalkEntry("ignored", today, 45, null, 6, null, Set.of())))
                    .id());
            work.add(() -> accounts.as(
                            p.patientAccount(),
                            () -> logging.edit(
                                    moved.id(),
                                    moved.version(),
                                    new WalkEntry("ignored", today.minusDays(1), 50, null, 2, null, Set.of())))
                    .id());
            work.add(() -> {
                accounts.as(p.patientAccount(), () -> logging.delete(deleted.id()));
                return deleted.id();
            });
            for (int t = 0; t < THREADS - 3; t++) {
                LocalDate day = t % 2 == 0 ? today : today.minusDays(1);
                work.add(() -> accounts.as(
                                p.patientAccount(),
                                () -> logging.logWalk(new WalkEntry(key(), day, 15, null, 1, null, Set.of())))
                        .id());
            }
            assertThat(runTogether(work)).as("every change succeeds").hasSize(THREADS);
        }
        // per round: 2 of the 3 existing logs stay, and THREADS - 3 new ones
        assertThat(liveLogs(p)).isEqualTo(ROUNDS * (2 + THREADS - 3));
        assertSummaryMatchesLogs(p);
    }

    @Test
    void the_baseline_value_follows_the_first_seven_rated_days_through_logs_edits_and_deletions() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        LocalDate today = p.today(clock);
        List<LoggedSession> logs = new ArrayList<>();
        // six rated days: no baseline yet
        for (int back = 7; back >= 2; back--) {
            LocalDate day = today.minusDays(back);
            int rating = back % 4;
            logs.add(accounts.as(
                    p.patientAccount(),
                    () -> logging.logWalk(new WalkEntry(key(), day, 20, null, rating, null, Set.of()))));
        }
        assertSummaryMatchesLogs(p);
        assertThat(baselineValue(p)).as("six rated days").isNull();

        // the seventh gives it: ratings 3, 2, 1, 0, 3, 2 and 9
        accounts.as(
                p.patientAccount(),
                () -> logging.logWalk(new WalkEntry(key(), today.minusDays(1), 20, null, 9, null, Set.of())));
        assertSummaryMatchesLogs(p);
        assertThat(baselineValue(p)).isCloseTo(20.0 / 7, org.assertj.core.data.Offset.offset(1e-12));

        // an eighth day is after the baseline and leaves it alone
        accounts.as(
                p.patientAccount(), () -> logging.logWalk(new WalkEntry(key(), today, 20, null, 10, null, Set.of())));
        assertThat(baselineValue(p)).isCloseTo(20.0 / 7, org.assertj.core.data.Offset.offset(1e-12));

        // a second rating on the first day makes that day's mean (3 + 6) / 2
        accounts.as(
                p.patientAccount(),
                () -> logging.logWalk(new WalkEntry(key(), today.minusDays(7), 10, null, 6, null, Set.of())));
        assertSummaryMatchesLogs(p);
        assertThat(baselineValue(p)).isCloseTo((20.0 - 3 + 4.5) / 7, org.assertj.core.data.Offset.offset(1e-12));

        // editing the second day's rating, then deleting it: the eighth day (10) moves into the baseline
        LoggedSession second = logs.get(1);
        LoggedSession edited = accounts.as(
                p.patientAccount(),
                () -> logging.edit(
                        second.id(),
                        second.version(),
                        new WalkEntry("ignored", today.minusDays(6), 20, null, 8, null, Set.of())));
        assertSummaryMatchesLogs(p);
        assertThat(baselineValue(p))
                .isCloseTo((20.0 - 3 + 4.5 - 2 + 8) / 7, org.assertj.core.data.Offset.offset(1e-12));
        accounts.as(p.patientAccount(), () -> logging.delete(edited.id()));
        assertSummaryMatchesLogs(p);
        assertThat(baselineValue(p))
                .isCloseTo((4.5 + 1 + 0 + 3 + 2 + 9 + 10) / 7, org.assertj.core.data.Offset.offset(1e-12));
    }

    private @org.jspecify.annotations.Nullable Double baselineValue(LoggingTestSetup.Made p) {
        return jdbc.queryForObject(
                "SELECT baseline FROM activity_summary WHERE patient_id = ?", Double.class, p.patientId());
    }

    /** Starts every task at the same moment and returns their results; any failure fails the test. */
    private static List<Long> runTogether(List<Callable<Long>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CyclicBarrier start = new CyclicBarrier(tasks.size());
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (Callable<Long> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return task.call();
                }));
            }
            List<Long> results = new ArrayList<>();
            for (Future<Long> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** For every day of the patient: the summary row equals the aggregate of the live logs, exactly. */
    private void assertSummaryMatchesLogs(LoggingTestSetup.Made p) {
        Map<LocalDate, List<Integer>> fromLogs = new TreeMap<>();
        jdbc.query(
                """
            SELECT local_date, SUM(kind = 'WALK'), SUM(kind = 'STRETCH'),
                   SUM(CASE WHEN kind = 'WALK' THEN walk_minutes ELSE 0 END),
                   COALESCE(SUM(discomfort_after), 0), COUNT(discomfort_after)
            FROM session_log WHERE patient_id = ? AND deleted_at IS NULL GROUP BY local_date""",
                rs -> {
                    fromLogs.put(
                            rs.getDate(1).toLocalDate(),
                            List.of(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
                },
                p.patientId());
        Map<LocalDate, List<Integer>> summary = summary(p);
        summary.values().removeIf(row -> row.equals(List.of(0, 0, 0, 0, 0)));
        assertThat(summary).as("daily_activity of patient %d", p.patientId()).isEqualTo(fromLogs);

        // what derives from the days: the last day with a session, and the first 7 days with a rating
        LocalDate lastActive = fromLogs.entrySet().stream()
                .filter(e -> e.getValue().get(0) + e.getValue().get(1) > 0)
                .map(Map.Entry::getKey)
                .max(LocalDate::compareTo)
                .orElse(null);
        LocalDate lastRated = fromLogs.entrySet().stream()
                .filter(e -> e.getValue().get(4) > 0)
                .map(Map.Entry::getKey)
                .max(LocalDate::compareTo)
                .orElse(null);
        assertThat(jdbc.queryForList(
                        "SELECT last_active_date FROM activity_summary WHERE patient_id = ?",
                        LocalDate.class,
                        p.patientId()))
                .as("last active day of patient %d", p.patientId())
                .containsExactly(lastActive);
        assertThat(jdbc.queryForList(
                        "SELECT last_rated_date FROM activity_summary WHERE patient_id = ?",
                        LocalDate.class,
                        p.patientId()))
                .as("last rated day of patient %d", p.patientId())
                .containsExactly(lastRated);
        Map<LocalDate, List<Integer>> baseline = new TreeMap<>();
        fromLogs.entrySet().stream()
                .filter(e -> e.getValue().get(4) > 0)
                .limit(7)
                .forEach(e -> baseline.put(e.getKey(), e.getValue()));
        Map<LocalDate, List<Integer>> stored = new TreeMap<>();
        jdbc.query(
                """
            SELECT local_date, walks, stretch_sessions, walk_minutes, discomfort_sum, discomfort_count
            FROM baseline_day WHERE patient_id = ?""",
                rs -> {
                    stored.put(
                            rs.getDate(1).toLocalDate(),
                            List.of(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
                },
                p.patientId());
        assertThat(stored).as("baseline days of patient %d", p.patientId()).isEqualTo(baseline);

        // the baseline value kept beside them: the mean of those days' means, none until there are 7
        Double expected = baseline.size() < 7
                ? null
                : baseline.values().stream()
                                .mapToDouble(day -> (double) day.get(3) / day.get(4))
                                .sum()
                        / 7;
        List<Double> value = jdbc.queryForList(
                "SELECT baseline FROM activity_summary WHERE patient_id = ?", Double.class, p.patientId());
        assertThat(value).as("baseline value of patient %d", p.patientId()).hasSize(1);
        if (expected == null) {
            assertThat(value.get(0))
                    .as("baseline value of patient %d", p.patientId())
                    .isNull();
        } else {
            assertThat(value.get(0))
                    .as("baseline value of patient %d", p.patientId())
                    .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    private Map<LocalDate, List<Integer>> summary(LoggingTestSetup.Made p) {
        Map<LocalDate, List<Integer>> rows = new TreeMap<>();
        jdbc.query(
                """
            SELECT local_date, walks, stretch_sessions, walk_minutes, discomfort_sum, discomfort_count
            FROM daily_activity WHERE patient_id = ?""",
                rs -> {
                    rows.put(
                            rs.getDate(1).toLocalDate(),
                            List.of(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
                },
                p.patientId());
        return rows;
    }

    private int liveLogs(LoggingTestSetup.Made p) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM session_log WHERE patient_id = ? AND deleted_at IS NULL",
                Integer.class,
                p.patientId());
    }

    private static int rating(int minutes) {
        return minutes % 11;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
