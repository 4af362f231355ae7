package org.upright.bench;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.Application;
import org.upright.adherence.CaseloadFigures;
import org.upright.adherence.CaseloadFiguresService;
import org.upright.adherence.DashboardService;
import org.upright.adherence.PatientDashboardFigures;
import org.upright.adherence.ProgramFigures;
import org.upright.adherence.Trend;
import org.upright.security.SystemActor;

/**
 * Times the caseload of a 200-patient therapist and one patient's 12-week dashboard on a large
 * generated clinic: the app's own service call against its physical floor (the plainest index reads
 * of the rows the figures need), p50 and p95 over 200 warm runs, app and floor in turns; checks the
 * app's figures against hand-written SQL for the same numbers. Run with {@code ./mvnw -Pbench}; see
 * README "Performance".
 */
public final class Benchmark {

    // a running server is warm: enough runs for the JIT to compile the paths timed
    private static final int WARM_UP = 200;
    private static final int RUNS = 200;

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        String dir = System.getProperty("bench.dir", System.getProperty("user.home") + "/.upright/bench-db");
        // system properties, so that they win over application.properties: the bench never touches the app's own data
        System.setProperty("upright.embedded-db.dir", dir);
        System.setProperty("upright.demo-data", "false");
        // a buffer pool that holds the data, and relaxed log flushing for the bulk load (a lost last
        // second on a crash costs nothing here); the app's database user may not set these itself
        System.setProperty(
                "upright.embedded-db.server-args",
                "--innodb-buffer-pool-size=2147483648,--innodb-flush-log-at-trx-commit=2"
                        // more, e.g. -Dbench.db-args=--general-log=1,--general-log-file=/tmp/statements.log
                        + System.getProperty("bench.db-args", "").transform(more -> more.isBlank() ? "" : "," + more));
        System.setProperty("upright.alerts.cron", "-");
        System.setProperty("server.port", "0");
        // no page is served: Vaadin starts without its dev tools and without a frontend build
        System.setProperty("vaadin.productionMode", "true");
        System.setProperty("logging.level.root", "warn");
        System.setProperty("spring.main.banner-mode", "off");
        SpringApplication app = new SpringApplication(Application.class);
        // Vaadin's security configuration needs a servlet context; the server listens on a free port and is not used
        app.setWebApplicationType(WebApplicationType.SERVLET);
        try (ConfigurableApplicationContext context = app.run()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            LocalDate today = ClinicGenerator.todayUtc();
            long therapist = new ClinicGenerator(context.getBean(DataSource.class)).generate(today);
            System.out.printf(
                    "Data: %,d session logs, %,d daily_activity rows, %,d patients%n",
                    jdbc.queryForObject("SELECT COUNT(*) FROM session_log", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM daily_activity", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM patient", Long.class));
            SystemActor system = context.getBean(SystemActor.class);
            var principal = system.principalOf(therapist);
            CaseloadFiguresService caseload = context.getBean(CaseloadFiguresService.class);
            DashboardService dashboards = context.getBean(DashboardService.class);

            Supplier<CaseloadFigures> app1 = () -> system.runAs(principal, caseload::myCaseload);
            Supplier<Map<Long, HandRow>> hand1 = () -> handCaseload(jdbc, therapist, today);
            CaseloadFigures fromApp = app1.get();
            Map<Long, HandRow> fromSql = hand1.get();
            System.out.printf(
                    "Caseload: %d patients; the two agree on every figure: %s%n",
                    fromApp.patients(), compare(fromApp, fromSql));

            long patient = fromApp.rows().get(fromApp.rows().size() / 2).patientId();
            Supplier<PatientDashboardFigures> app2 = () -> system.runAs(
                    principal, () -> dashboards.dashboard(patient, PatientDashboardFigures.Period.TWELVE_WEEKS));
            Supplier<double[]> hand2 = () -> handDashboard(jdbc, patient, today);
            PatientDashboardFigures d = app2.get();
            double[] h = hand2.get();
            System.out.printf(
                    "Dashboard of patient %d: the two agree: %s (adherence %s / %s, consistency %s / %s, "
                            + "baseline %s / %s)%n",
                    patient,
                    same(d.adherence(), h[0])
                            && same(d.consistency(), h[1])
                            && same(d.walkingDose(), h[2])
                            && same(d.baseline(), h[3])
                            && same(d.sevenDayMean(), h[4]),
                    d.adherence(),
                    h[0],
                    d.consistency(),
                    h[1],
                    d.baseline(),
                    h[3]);

            Supplier<Integer> floor1 = () -> floorCaseload(jdbc, therapist, today);
            Supplier<Integer> floor2 = () -> floorDashboard(jdbc, patient, today);
            System.out.printf("Floor reads: caseload %,d rows, dashboard %,d rows%n", floor1.get(), floor2.get());

            System.out.println();
            System.out.println("| what | app p50 ms | app p95 ms | floor p50 ms | floor p95 ms | ratio p50 | ratio p95 "
                    + "| app statements | floor statements |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            double[][] caseloadTimes = time(app1, floor1);
            row(
                    "Caseload, 200 patients",
                    caseloadTimes[0],
                    caseloadTimes[1],
                    statements(jdbc, app1),
                    statements(jdbc, floor1));
            double[][] dashboardTimes = time(app2, floor2);
            row(
                    "Patient dashboard, 12 weeks",
                    dashboardTimes[0],
                    dashboardTimes[1],
                    statements(jdbc, app2),
                    statements(jdbc, floor2));
        }
        // the web server's and the database's threads would keep exec:java waiting
        System.exit(0);
    }

    /**
     * The physical floor of the caseload: the plainest index reads of the rows its figures need, with no
     * computing: the therapist's active patients; the 7 finished days and today of daily_activity (a
     * primary-key range each); the prescription versions and pauses of their programs; what logging keeps
     * per patient so that it need not be looked for in the whole history (the baseline value, the last
     * day with a session, and the last rated day's row for the latest rating), by key; their open alerts.
     * Returns the rows read.
     */
    static int floorCaseload(JdbcTemplate jdbc, long therapist, LocalDate today) {
        List<Long> ids = jdbc.queryForList(
                "SELECT id FROM patient WHERE therapist_id = ? AND archived_at IS NULL", Long.class, therapist);
        String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        List<Object> args = new ArrayList<>(ids);
        args.add(Date.valueOf(today.minusDays(CaseloadFiguresService.WINDOW_DAYS)));
        int rows = ids.size();
        rows += count(
                jdbc,
                "SELECT patient_id, local_date, walks, stretch_sessions, walk_minutes, discomfort_sum, discomfort_count"
                        + " FROM daily_activity WHERE patient_id IN (" + in + ") AND local_date >= ?",
                args.toArray());
        List<Object> twice = new ArrayList<>(ids);
        twice.addAll(ids);
        rows += count(
                jdbc,
                "SELECT pr.program_id, pr.effective_from, pr.walks_per_day, pr.minutes_per_walk,"
                        + " pr.stretch_sessions_per_day, pr.weekdays FROM program p JOIN prescription pr"
                        + " ON pr.program_id = p.id WHERE p.patient_id IN (" + in + ")"
                        + " UNION ALL SELECT pp.program_id, pp.from_date, pp.to_date, NULL, NULL, NULL"
                        + " FROM program p JOIN program_pause pp ON pp.program_id = p.id WHERE p.patient_id IN ("
                        + in + ")",
                twice.toArray());
        rows += count(
                jdbc,
                "SELECT s.patient_id, s.baseline, s.last_active_date, d.discomfort_sum, d.discomfort_count"
                        + " FROM activity_summary s LEFT JOIN daily_activity d ON d.patient_id = s.patient_id"
                        + " AND d.local_date = s.last_rated_date WHERE s.patient_id IN (" + in + ")",
                ids.toArray());
        rows += count(
                jdbc,
                "SELECT patient_id, severity FROM alert WHERE acknowledged_at IS NULL AND patient_id IN (" + in + ")",
                ids.toArray());
        return rows;
    }

    /**
     * The floor of one patient's 12-week dashboard: the plainest index reads of the rows it shows, with
     * no computing: the patient's name; the days of daily_activity from the first day the 12 weeks or
     * the 12-week calendar (whole weeks from Monday) need, to today; the prescription versions and pauses
     * of the patient's programs; the baseline value (by key); the stretch ratings and outcomes of those
     * weeks (the per-stretch chart and the "too uncomfortable" list); the 10 latest notes.
     */
    static int floorDashboard(JdbcTemplate jdbc, long patient, LocalDate today) {
        LocalDate calendarStart =
                today.minusDays(today.getDayOfWeek().getValue() - 1L).minusWeeks(DashboardService.CALENDAR_WEEKS - 1L);
        LocalDate from = calendarStart.isBefore(today.minusDays(84)) ? calendarStart : today.minusDays(84);
        int rows = count(jdbc, "SELECT given_name, family_name FROM patient WHERE id = ?", patient);
        rows += count(
                jdbc,
                "SELECT local_date, walks, stretch_sessions, walk_minutes, discomfort_sum, discomfort_count"
                        + " FROM daily_activity WHERE patient_id = ? AND local_date >= ?",
                patient,
                Date.valueOf(from));
        rows += count(
                jdbc,
                "SELECT pr.program_id, pr.effective_from, pr.walks_per_day, pr.minutes_per_walk,"
                        + " pr.stretch_sessions_per_day, pr.weekdays FROM program p JOIN prescription pr"
                        + " ON pr.program_id = p.id WHERE p.patient_id = ?"
                        + " UNION ALL SELECT pp.program_id, pp.from_date, pp.to_date, NULL, NULL, NULL"
                        + " FROM program p JOIN program_pause pp ON pp.program_id = p.id WHERE p.patient_id = ?",
                patient,
                patient);
        rows += count(jdbc, "SELECT baseline FROM activity_summary WHERE patient_id = ?", patient);
        rows += count(
                jdbc,
                "SELECT l.local_date, se.exercise_id, se.discomfort, se.outcome FROM session_log l"
                        + " JOIN session_exercise se ON se.session_log_id = l.id"
                        + " WHERE l.patient_id = ? AND l.local_date >= ? AND l.deleted_at IS NULL",
                patient,
                Date.valueOf(today.minusDays(84)));
        rows += count(
                jdbc,
                "SELECT local_date, kind, note FROM session_log WHERE patient_id = ? AND has_note = TRUE"
                        + " AND deleted_at IS NULL ORDER BY local_date DESC, logged_at DESC LIMIT 10",
                patient);
        return rows;
    }

    private static int count(JdbcTemplate jdbc, String sql, Object... args) {
        int[] n = {0};
        jdbc.query(
                sql,
                rs -> {
                    n[0]++;
                },
                args);
        return n[0];
    }

    private static void row(String what, double[] app, double[] sql, double appStatements, double floorStatements) {
        System.out.printf(
                "| %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.1f | %.1f |%n",
                what, app[0], app[1], sql[0], sql[1], app[0] / sql[0], app[1] / sql[1], appStatements, floorStatements);
    }

    /**
     * Round trips to the database per call, counted by the server (its {@code Questions}: every
     * statement a client sends, transaction control included), a figure the machine's load does not
     * change. The bench is the database's only client; each reading counts itself once.
     */
    private static double statements(JdbcTemplate jdbc, Supplier<?> work) {
        int calls = 20;
        long before = questions(jdbc);
        for (int i = 0; i < calls; i++) {
            work.get();
        }
        long after = questions(jdbc);
        return (after - before - 1) / (double) calls;
    }

    private static long questions(JdbcTemplate jdbc) {
        return jdbc.query("SHOW GLOBAL STATUS LIKE 'Questions'", rs -> rs.next() ? rs.getLong(2) : 0L);
    }

    /**
     * p50 and p95 in milliseconds over warm runs of the app and of its floor, run in turns so that both
     * meet the same machine (another process waking up slows both, not one).
     */
    private static double[][] time(Supplier<?> app, Supplier<?> floor) {
        for (int i = 0; i < WARM_UP; i++) {
            app.get();
            floor.get();
        }
        double[] appMs = new double[RUNS];
        double[] floorMs = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            appMs[i] = once(app);
            floorMs[i] = once(floor);
        }
        return new double[][] {percentiles(appMs), percentiles(floorMs)};
    }

    private static double once(Supplier<?> work) {
        long t0 = System.nanoTime();
        Objects.requireNonNull(work.get());
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double[] percentiles(double[] ms) {
        Arrays.sort(ms);
        return new double[] {ms[RUNS / 2], ms[(int) Math.ceil(RUNS * 0.95) - 1]};
    }

    record HandRow(
            Double adherence,
            Double consistency,
            LocalDate lastLog,
            Double latest,
            Double mean,
            Double baseline,
            int openAlerts) {}

    /**
     * The caseload in one statement: a 7-day calendar per patient, the prescription version in force
     * on each day, pauses and weekdays, daily activity, and the discomfort figures.
     */
    static Map<Long, HandRow> handCaseload(JdbcTemplate jdbc, long therapist, LocalDate today) {
        // adherence and consistency: the 7 finished days before today (decision 7); the 7-day mean
        // and the latest rating include today
        Date windowFrom = Date.valueOf(today.minusDays(7));
        Date windowTo = Date.valueOf(today.minusDays(1));
        Date from = Date.valueOf(today.minusDays(6));
        Date to = Date.valueOf(today);
        Date recent = Date.valueOf(today.minusDays(27));
        Map<Long, HandRow> rows = new HashMap<>();
        jdbc.query(
                """
            WITH RECURSIVE days (d) AS (SELECT CAST(? AS DATE) UNION ALL SELECT d + INTERVAL 1 DAY FROM days WHERE d < ?),
            pts AS (SELECT p.id, pr.id AS program_id, pr.start_date, pr.end_date FROM patient p
                    JOIN program pr ON pr.id = (SELECT MAX(x.id) FROM program x WHERE x.patient_id = p.id)
                    WHERE p.therapist_id = ? AND p.archived_at IS NULL),
            plan AS (SELECT pts.id AS patient_id, days.d,
                        (SELECT x.id FROM prescription x WHERE x.program_id = pts.program_id AND x.effective_from <= days.d
                         ORDER BY x.effective_from DESC, x.saved_at DESC LIMIT 1) AS rx
                     FROM pts JOIN days ON days.d >= pts.start_date AND (pts.end_date IS NULL OR days.d < pts.end_date)
                     WHERE NOT EXISTS (SELECT 1 FROM program_pause pp WHERE pp.program_id = pts.program_id
                                       AND pp.from_date <= days.d AND (pp.to_date IS NULL OR days.d < pp.to_date))),
            due AS (SELECT plan.patient_id, plan.d, r.walks_per_day AS w, r.stretch_sessions_per_day AS s
                    FROM plan JOIN prescription r ON r.id = plan.rx WHERE (r.weekdays >> WEEKDAY(plan.d)) & 1 = 1),
            wk AS (SELECT due.patient_id,
                      SUM(LEAST(COALESCE(a.walks, 0), due.w) + LEAST(COALESCE(a.stretch_sessions, 0), due.s)) AS credited,
                      SUM(due.w + due.s) AS total,
                      SUM(COALESCE(a.walks, 0) + COALESCE(a.stretch_sessions, 0) > 0) AS active, COUNT(*) AS n
                   FROM due LEFT JOIN daily_activity a ON a.patient_id = due.patient_id AND a.local_date = due.d
                   GROUP BY due.patient_id),
            rated AS (SELECT a.patient_id, a.local_date, CAST(a.discomfort_sum AS DOUBLE) / a.discomfort_count AS dm
                      FROM daily_activity a JOIN pts ON pts.id = a.patient_id
                      WHERE a.local_date BETWEEN ? AND ? AND a.discomfort_count > 0),
            latest AS (SELECT r.patient_id, r.dm FROM rated r
                       WHERE r.local_date = (SELECT MAX(r2.local_date) FROM rated r2 WHERE r2.patient_id = r.patient_id)),
            mean7 AS (SELECT patient_id, AVG(dm) AS m, COUNT(*) AS n FROM rated WHERE local_date >= ? GROUP BY patient_id),
            seventh AS (SELECT pts.id AS patient_id,
                           (SELECT a.local_date FROM daily_activity a WHERE a.patient_id = pts.id AND a.discomfort_count > 0
                            ORDER BY a.local_date LIMIT 1 OFFSET 6) AS d7
                        FROM pts),
            base AS (SELECT s.patient_id, AVG(CAST(a.discomfort_sum AS DOUBLE) / a.discomfort_count) AS b, COUNT(*) AS n
                     FROM seventh s JOIN daily_activity a ON a.patient_id = s.patient_id AND a.local_date <= s.d7
                          AND a.discomfort_count > 0
                     GROUP BY s.patient_id),
            lastlog AS (SELECT l.patient_id, MAX(l.local_date) AS last_date FROM session_log l JOIN pts ON pts.id = l.patient_id
                        WHERE l.deleted_at IS NULL GROUP BY l.patient_id),
            open_alerts AS (SELECT a.patient_id, COUNT(*) AS n FROM alert a JOIN pts ON pts.id = a.patient_id
                            WHERE a.acknowledged_at IS NULL GROUP BY a.patient_id)
            SELECT pts.id, wk.credited / wk.total, wk.active / wk.n, lastlog.last_date, latest.dm,
                   CASE WHEN mean7.n >= 3 THEN mean7.m END, CASE WHEN base.n = 7 THEN base.b END, COALESCE(open_alerts.n, 0)
            FROM pts
            LEFT JOIN wk ON wk.patient_id = pts.id
            LEFT JOIN lastlog ON lastlog.patient_id = pts.id
            LEFT JOIN latest ON latest.patient_id = pts.id
            LEFT JOIN mean7 ON mean7.patient_id = pts.id
            LEFT JOIN base ON base.patient_id = pts.id
            LEFT JOIN open_alerts ON open_alerts.patient_id = pts.id""",
                rs -> {
                    rows.put(
                            rs.getLong(1),
                            new HandRow(
                                    dbl(rs, 2),
                                    dbl(rs, 3),
                                    rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                                    dbl(rs, 5),
                                    dbl(rs, 6),
                                    dbl(rs, 7),
                                    rs.getInt(8)));
                },
                windowFrom,
                windowTo,
                therapist,
                recent,
                to,
                from);
        return rows;
    }

    /**
     * Adherence, consistency and walking dose of the 12 weeks, baseline and 7-day mean, for one patient;
     * also the per-day rows the charts and calendar need, the per-stretch ratings and the latest notes.
     */
    static double[] handDashboard(JdbcTemplate jdbc, long patient, LocalDate today) {
        // the 12 weeks are the 84 finished days before today, as the dashboard's period
        Date from = Date.valueOf(today.minusDays(84));
        Date to = Date.valueOf(today.minusDays(1));
        List<Object[]> perDay = jdbc.query(
                """
            WITH RECURSIVE days (d) AS (SELECT CAST(? AS DATE) UNION ALL SELECT d + INTERVAL 1 DAY FROM days WHERE d < ?),
            pr AS (SELECT id, start_date, end_date FROM program WHERE id = (SELECT MAX(id) FROM program WHERE patient_id = ?)),
            plan AS (SELECT days.d, (SELECT x.id FROM prescription x WHERE x.program_id = pr.id AND x.effective_from <= days.d
                                     ORDER BY x.effective_from DESC, x.saved_at DESC LIMIT 1) AS rx
                     FROM pr JOIN days ON days.d >= pr.start_date AND (pr.end_date IS NULL OR days.d < pr.end_date)
                     WHERE NOT EXISTS (SELECT 1 FROM program_pause pp WHERE pp.program_id = pr.id
                                       AND pp.from_date <= days.d AND (pp.to_date IS NULL OR days.d < pp.to_date)))
            SELECT days.d, r.walks_per_day, r.stretch_sessions_per_day, r.minutes_per_walk, a.walks, a.stretch_sessions,
                   a.walk_minutes, CAST(a.discomfort_sum AS DOUBLE) / a.discomfort_count
            FROM days LEFT JOIN plan ON plan.d = days.d
            LEFT JOIN prescription r ON r.id = plan.rx AND (r.weekdays >> WEEKDAY(days.d)) & 1 = 1
            LEFT JOIN daily_activity a ON a.patient_id = ? AND a.local_date = days.d
            ORDER BY days.d""",
                (rs, n) -> new Object[] {
                    rs.getDate(1),
                    rs.getObject(2),
                    rs.getObject(3),
                    rs.getObject(4),
                    rs.getObject(5),
                    rs.getObject(6),
                    rs.getObject(7),
                    rs.getObject(8)
                },
                from,
                to,
                patient,
                patient);
        jdbc.queryForList("""
            SELECT e.name, l.local_date, AVG(se.discomfort) FROM session_exercise se
            JOIN session_log l ON l.id = se.session_log_id JOIN exercise e ON e.id = se.exercise_id
            WHERE l.patient_id = ? AND l.local_date BETWEEN ? AND ? AND l.deleted_at IS NULL AND se.discomfort IS NOT NULL
            GROUP BY e.name, l.local_date""", patient, from, to);
        jdbc.queryForList("""
            SELECT local_date, kind, note FROM session_log WHERE patient_id = ? AND deleted_at IS NULL AND note IS NOT NULL
            ORDER BY local_date DESC, logged_at DESC LIMIT 10""", patient);
        if (perDay.size() != 84) {
            throw new IllegalStateException("expected 84 days, got " + perDay.size());
        }
        return jdbc.query(
                """
            WITH RECURSIVE days (d) AS (SELECT CAST(? AS DATE) UNION ALL SELECT d + INTERVAL 1 DAY FROM days WHERE d < ?),
            pr AS (SELECT id, start_date, end_date FROM program WHERE id = (SELECT MAX(id) FROM program WHERE patient_id = ?)),
            plan AS (SELECT days.d, (SELECT x.id FROM prescription x WHERE x.program_id = pr.id AND x.effective_from <= days.d
                                     ORDER BY x.effective_from DESC, x.saved_at DESC LIMIT 1) AS rx
                     FROM pr JOIN days ON days.d >= pr.start_date AND (pr.end_date IS NULL OR days.d < pr.end_date)
                     WHERE NOT EXISTS (SELECT 1 FROM program_pause pp WHERE pp.program_id = pr.id
                                       AND pp.from_date <= days.d AND (pp.to_date IS NULL OR days.d < pp.to_date))),
            due AS (SELECT plan.d, r.walks_per_day AS w, r.stretch_sessions_per_day AS s, r.minutes_per_walk AS m
                    FROM plan JOIN prescription r ON r.id = plan.rx WHERE (r.weekdays >> WEEKDAY(plan.d)) & 1 = 1),
            period AS (SELECT SUM(LEAST(COALESCE(a.walks, 0), due.w) + LEAST(COALESCE(a.stretch_sessions, 0), due.s))
                                  / SUM(due.w + due.s) AS adherence,
                              SUM(COALESCE(a.walks, 0) + COALESCE(a.stretch_sessions, 0) > 0) / COUNT(*) AS consistency,
                              SUM(LEAST(COALESCE(a.walk_minutes, 0), due.w * due.m)) / SUM(due.w * due.m) AS dose
                       FROM due LEFT JOIN daily_activity a ON a.patient_id = ? AND a.local_date = due.d),
            base AS (SELECT AVG(dm) AS b, COUNT(*) AS n FROM (SELECT CAST(discomfort_sum AS DOUBLE) / discomfort_count AS dm
                       FROM daily_activity WHERE patient_id = ? AND discomfort_count > 0 ORDER BY local_date LIMIT 7) x),
            mean7 AS (SELECT AVG(CAST(discomfort_sum AS DOUBLE) / discomfort_count) AS m, COUNT(*) AS n FROM daily_activity
                      WHERE patient_id = ? AND discomfort_count > 0 AND local_date BETWEEN ? AND ?)
            SELECT period.adherence, period.consistency, period.dose, CASE WHEN base.n = 7 THEN base.b END,
                   CASE WHEN mean7.n >= 3 THEN mean7.m END
            FROM period, base, mean7""",
                rs -> {
                    rs.next();
                    return new double[] {nan(rs, 1), nan(rs, 2), nan(rs, 3), nan(rs, 4), nan(rs, 5)};
                },
                from,
                to,
                patient,
                patient,
                patient,
                patient,
                Date.valueOf(today.minusDays(6)),
                Date.valueOf(today));
    }

    private static String compare(CaseloadFigures app, Map<Long, HandRow> sql) {
        List<String> differences = new ArrayList<>();
        for (CaseloadFigures.Row r : app.rows()) {
            HandRow h = sql.get(r.patientId());
            Trend trend = h == null || h.baseline() == null || h.mean() == null
                    ? Trend.UNKNOWN
                    : !ProgramFigures.meaningfulChange(h.baseline(), h.mean())
                            ? Trend.STABLE
                            : h.mean() > h.baseline() ? Trend.RISING : Trend.IMPROVING;
            if (h == null
                    || !same(r.adherence(), h.adherence())
                    || !same(r.consistency(), h.consistency())
                    || !Objects.equals(r.lastLog(), h.lastLog())
                    || !same(r.latestDiscomfort(), h.latest())
                    || r.trend() != trend
                    || r.openAlerts() != h.openAlerts()) {
                differences.add(r.patientId() + ": app " + r + " / sql " + h);
            }
        }
        return differences.isEmpty() && sql.size() == app.rows().size()
                ? "yes"
                : "NO, " + differences.size() + " differ, e.g. "
                        + differences.stream().limit(3).toList();
    }

    private static boolean same(Double a, Double b) {
        if (a == null || b == null) {
            return a == null && (b == null || Double.isNaN(b));
        }
        return Math.abs(a - b) < 1e-4;
    }

    private static boolean same(Double a, double b) {
        return same(a, Double.isNaN(b) ? null : b);
    }

    private static Double dbl(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static double nan(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        Double v = dbl(rs, column);
        return v == null ? Double.NaN : v;
    }
}
