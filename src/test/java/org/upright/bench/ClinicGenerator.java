package org.upright.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.upright.logging.DaySummaries;

/**
 * Fills a database with a large clinic, fast: 120 therapists (the first with 200 patients, the
 * others sharing 9,800), each patient on the built-in program for up to 2 years, with a session log
 * for most prescribed walks and stretch sessions and the matching daily_activity rows. Written with
 * multi-row INSERTs of a few thousand rows each; key checks are off for this session only, and the
 * server's buffer pool and log flushing are raised only while loading, then set back.
 */
final class ClinicGenerator {

    static final String ZONE = "UTC";
    static final int THERAPISTS = 120;
    static final int PATIENTS = 10_000;
    static final int FIRST_CASELOAD = 200;
    private static final int ROWS_PER_INSERT = 4000;

    private final DataSource dataSource;
    private final SplittableRandom random = new SplittableRandom(20261124);

    ClinicGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The id of the therapist with 200 patients. */
    long generate(LocalDate today) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            var rs =
                    st.executeQuery("SELECT MIN(id) FROM user_account WHERE email = 'bench-therapist-1@bench.example'");
            rs.next();
            long existing = rs.getLong(1);
            if (!rs.wasNull()) {
                System.out.println("Bench clinic exists already; reusing it.");
                return existing;
            }
            long started = System.nanoTime();
            // the buffer pool and log flushing are set as the bench starts the server (Benchmark): the
            // app's database user may not change server settings
            st.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0");
            try {
                long firstTherapist = load(c, st, today);
                System.out.printf("Generated the bench clinic in %.1f s%n", (System.nanoTime() - started) / 1e9);
                return firstTherapist;
            } finally {
                st.execute("SET SESSION unique_checks = 1, foreign_key_checks = 1");
            }
        }
    }

    private long load(Connection c, Statement st, LocalDate today) throws SQLException {
        String now = "'" + java.time.Instant.now().toString().replace("T", " ").replace("Z", "") + "'";
        var rs = st.executeQuery("SELECT id FROM program_template WHERE code = 'UPPER_BACK_WALK_STRETCH'");
        rs.next();
        long template = rs.getLong(1);
        rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM user_account");
        rs.next();
        long accountBase = rs.getLong(1) + 1;
        rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM patient");
        rs.next();
        long patientBase = rs.getLong(1) + 1;
        rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM program");
        rs.next();
        long programBase = rs.getLong(1) + 1;

        Rows accounts = new Rows(
                st, "INSERT INTO user_account (id, email, display_name, password_hash, role, created_at) VALUES ");
        for (int t = 1; t <= THERAPISTS; t++) {
            accounts.add("(" + (accountBase + t - 1) + ",'bench-therapist-" + t + "@bench.example','Bench Therapist "
                    + t + "','{noop}x','THERAPIST'," + now + ")");
        }
        for (int p = 1; p <= PATIENTS; p++) {
            accounts.add("(" + (accountBase + THERAPISTS + p - 1) + ",'bench-patient-" + p
                    + "@bench.example','Bench Patient " + p + "','{noop}x','PATIENT'," + now + ")");
        }
        accounts.flush();

        Rows patients = new Rows(
                st,
                "INSERT INTO patient (id, account_id, therapist_id, given_name, family_name, time_zone, created_at) VALUES ");
        Rows programs = new Rows(
                st,
                "INSERT INTO program (id, patient_id, template_id, start_date, status, current_phase, phase_started_on, live_patient_id, created_at) VALUES ");
        Rows prescriptions = new Rows(
                st,
                "INSERT INTO prescription (program_id, effective_from, saved_at, saved_by, phase, walks_per_day, minutes_per_walk, stretch_sessions_per_day, warm_up_minutes, weekdays, phase_min_days) VALUES ");
        Rows pauses = new Rows(st, "INSERT INTO program_pause (program_id, from_date, to_date) VALUES ");
        Rows logs = new Rows(
                st,
                "INSERT INTO session_log (patient_id, program_id, local_date, kind, walk_minutes, warm_up_minutes, discomfort_after, client_key, logged_at) VALUES ");
        Rows activity = new Rows(
                st,
                "INSERT INTO daily_activity (patient_id, local_date, walks, stretch_sessions, walk_minutes, discomfort_sum, discomfort_count) VALUES ");
        long logCount = 0;
        for (int p = 1; p <= PATIENTS; p++) {
            long patientId = patientBase + p - 1;
            long programId = programBase + p - 1;
            int therapist = p <= FIRST_CASELOAD ? 1 : 2 + (p - FIRST_CASELOAD - 1) % (THERAPISTS - 1);
            long therapistId = accountBase + therapist - 1;
            patients.add("(" + patientId + "," + (accountBase + THERAPISTS + p - 1) + "," + therapistId
                    + ",'Bench','Patient " + p + "','" + ZONE + "'," + now + ")");
            LocalDate start = today.minusDays(60 + random.nextInt(671));
            LocalDate phase2 = start.plusDays(14);
            boolean weekdaysOnly = random.nextInt(5) == 0;
            programs.add("(" + programId + "," + patientId + "," + template + ",'" + start + "','ACTIVE',2,'" + phase2
                    + "'," + patientId + "," + now + ")");
            prescriptions.add("(" + programId + ",'" + start + "'," + now + "," + therapistId + ",1,2,30,0,0,127,7)");
            prescriptions.add("(" + programId + ",'" + phase2 + "'," + now + "," + therapistId + ",2,2,30,1,20,"
                    + (weekdaysOnly ? 31 : 127) + ",14)");
            LocalDate pauseFrom = null;
            LocalDate pauseTo = null;
            if (random.nextInt(10) == 0) {
                pauseFrom = start.plusDays(20 + random.nextInt(30));
                pauseTo = pauseFrom.plusDays(14);
                pauses.add("(" + programId + ",'" + pauseFrom + "','" + pauseTo + "')");
            }
            double keen = 0.35 + random.nextDouble() * 0.63;
            double level = 1 + random.nextInt(6);
            boolean lapsed = random.nextInt(8) == 0;
            for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
                if (pauseFrom != null && !day.isBefore(pauseFrom) && day.isBefore(pauseTo)) {
                    continue;
                }
                if (lapsed && day.isAfter(today.minusDays(5))) {
                    continue;
                }
                boolean phaseTwo = !day.isBefore(phase2);
                boolean prescribed =
                        !(phaseTwo && weekdaysOnly && day.getDayOfWeek().getValue() > 5);
                double chance = prescribed ? keen : keen / 4;
                int walks = 0;
                int minutes = 0;
                int stretches = 0;
                int sum = 0;
                int count = 0;
                for (int w = 0; w < 2; w++) {
                    if (random.nextDouble() < chance) {
                        int m = 20 + random.nextInt(21);
                        Integer rating = random.nextInt(2) == 0 ? rating(level, day, start) : null;
                        logs.add("(" + patientId + "," + programId + ",'" + day + "','WALK'," + m + ",NULL,"
                                + (rating == null ? "NULL" : rating) + ",'g" + (++logCount) + "'," + now + ")");
                        walks++;
                        minutes += m;
                        if (rating != null) {
                            sum += rating;
                            count++;
                        }
                    }
                }
                if (phaseTwo && random.nextDouble() < chance) {
                    int rating = rating(level, day, start);
                    logs.add("(" + patientId + "," + programId + ",'" + day + "','STRETCH',NULL,20," + rating + ",'g"
                            + (++logCount) + "'," + now + ")");
                    stretches++;
                    sum += rating;
                    count++;
                }
                if (walks + stretches > 0) {
                    activity.add("(" + patientId + ",'" + day + "'," + walks + "," + stretches + "," + minutes + ","
                            + sum + "," + count + ")");
                }
            }
            if (p % 1000 == 0) {
                patients.flush();
                programs.flush();
                prescriptions.flush();
                pauses.flush();
                System.out.printf("  %d patients, %d session logs%n", p, logCount);
            }
        }
        patients.flush();
        programs.flush();
        prescriptions.flush();
        pauses.flush();
        logs.flush();
        activity.flush();
        // what logging keeps beside daily_activity (the last days, the baseline), as the app writes it
        DaySummaries.fillMissing(new JdbcTemplate(new SingleConnectionDataSource(c, true)));
        st.execute("ANALYZE TABLE session_log, daily_activity, prescription, program, patient, alert");
        System.out.printf(
                "Bench clinic: %d therapists, %d patients, %d session logs%n", THERAPISTS, PATIENTS, logCount);
        return accountBase;
    }

    /** Discomfort drifts down slowly from the patient's level, with noise; 0–10. */
    private int rating(double level, LocalDate day, LocalDate start) {
        double drift = Math.max(0, level - (day.toEpochDay() - start.toEpochDay()) / 120.0);
        return (int) Math.max(0, Math.min(10, Math.round(drift + random.nextInt(3) - 1)));
    }

    /** Collects VALUES tuples and writes them a few thousand at a time. */
    private static final class Rows {
        private final Statement st;
        private final String insert;
        private final List<String> pending = new ArrayList<>();

        Rows(Statement st, String insert) {
            this.st = st;
            this.insert = insert;
        }

        void add(String tuple) throws SQLException {
            pending.add(tuple);
            if (pending.size() >= ROWS_PER_INSERT) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (!pending.isEmpty()) {
                st.executeUpdate(insert + String.join(",", pending));
                pending.clear();
            }
        }
    }

    static LocalDate todayUtc() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
