package org.upright.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.Application;
import org.upright.IntegrationTest;
import org.upright.LogFixture;
import org.upright.TestAccounts;
import org.upright.adherence.CaseloadFigures;
import org.upright.adherence.CaseloadFiguresService;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/**
 * The README's backup and restore, done for real on the embedded server: a dump with the server's own
 * {@code mariadb-dump} (routines and triggers included), restored with its {@code mariadb} client into a
 * new, empty database, and a second app started on that database computes the same caseload figures.
 */
@IntegrationTest
class BackupRestoreIT {

    // the versioned DEFINER clause of a trigger, which the README strips with sed before restoring
    static final String WITHOUT_DEFINER = "/\\*!50017 DEFINER=[^*]*\\*/";

    @Autowired
    LogFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseloadFiguresService caseload;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${upright.embedded-db.dir}")
    String embeddedDir;

    @Test
    void a_dump_restored_into_an_empty_database_gives_the_app_the_same_figures() throws Exception {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        String zone = "Europe/Berlin";
        LocalDate today = fixture.today(zone);
        List<Long> patients = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            long id = fixture.patientWithProgram(therapist, "Backup" + p, zone, today.minusDays(20));
            for (int day = 1; day <= 9; day += 1 + p) {
                fixture.walk(id, today.minusDays(day), 30, (day + p) % 6, null);
            }
            patients.add(id);
        }
        CaseloadFigures before = accounts.as(therapist, () -> caseload.forPatients(patients));
        assertThat(before.rows()).hasSize(3);

        Connection connection = Connection.of(dataSource);
        Path bin = Path.of(embeddedDir, "base", "bin").toAbsolutePath();
        Path dump = Files.createTempFile("upright-backup-", ".sql");
        String restored = "upright_restored_" + System.nanoTime();
        try {
            run(
                    connection
                            .client(
                                    bin.resolve("mariadb-dump"),
                                    "--single-transaction",
                                    "--routines",
                                    "--triggers",
                                    // as the README says: pictures and videos as hex, so the dump is text
                                    "--hex-blob",
                                    "--max-allowed-packet=128M")
                            .and(connection.database()),
                    null,
                    dump);
            String sql = Files.readString(dump);
            assertThat(sql).contains("CREATE TABLE `session_log`", "TRIGGER audit_event_no_update");
            // as the README says: the triggers' definer (on the embedded server an empty one) is left
            // out, so that they belong to whoever restores them
            Files.writeString(dump, sql.replaceAll(WITHOUT_DEFINER, ""));

            jdbc.execute("CREATE DATABASE `" + restored + "`");
            run(
                    connection
                            .client(bin.resolve("mariadb"), "--max-allowed-packet=128M")
                            .and(restored),
                    dump,
                    null);

            try (ConfigurableApplicationContext second = new SpringApplicationBuilder(Application.class)
                    .web(WebApplicationType.SERVLET)
                    .profiles("test")
                    .properties(
                            "spring.datasource.url=" + connection.url(restored),
                            "spring.datasource.username=" + connection.user(),
                            "spring.datasource.password=" + connection.password(),
                            "spring.jpa.database-platform=org.hibernate.dialect.MariaDBDialect",
                            "spring.main.banner-mode=off",
                            "server.port=0")
                    .run()) {
                CaseloadFigures after = second.getBean(TestAccounts.class)
                        .as(
                                therapist,
                                () -> second.getBean(CaseloadFiguresService.class)
                                        .forPatients(patients));
                assertThat(after).usingRecursiveComparison().isEqualTo(before);
                Integer triggers = second.getBean(JdbcTemplate.class)
                        .queryForObject(
                                "SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema = DATABASE()"
                                        + " AND event_object_table = 'audit_event'",
                                Integer.class);
                assertThat(triggers)
                        .as("the audit trail's append-only triggers")
                        .isPositive();
            }
        } finally {
            jdbc.execute("DROP DATABASE IF EXISTS `" + restored + "`");
            Files.deleteIfExists(dump);
        }
    }

    /** Runs a client binary, with stdin from and stdout to the given files; fails with its output. */
    private static void run(Command command, Path in, Path out) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command.args());
        builder.environment().putAll(command.env());
        Path errors = Files.createTempFile("upright-client-", ".err");
        builder.redirectError(errors.toFile());
        if (in != null) {
            builder.redirectInput(in.toFile());
        }
        builder.redirectOutput(
                out != null ? ProcessBuilder.Redirect.to(out.toFile()) : ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("%s finished", command.args().get(0))
                .isTrue();
        String stderr = Files.readString(errors);
        Files.deleteIfExists(errors);
        assertThat(process.exitValue()).as("%s: %s", command.args(), stderr).isZero();
    }

    record Command(List<String> args, Map<String, String> env) {

        Command and(String arg) {
            List<String> more = new ArrayList<>(args);
            more.add(arg);
            return new Command(more, env);
        }
    }

    /** Host, port, database, user and password of the app's DataSource, whatever they are. */
    record Connection(String host, int port, String database, String user, String password, String query) {

        static Connection of(DataSource dataSource) throws SQLException {
            HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
            URI uri = URI.create(hikari.getJdbcUrl().substring("jdbc:".length()));
            String password = hikari.getPassword() == null ? "" : hikari.getPassword();
            return new Connection(
                    uri.getHost(),
                    uri.getPort(),
                    uri.getPath().substring(1),
                    hikari.getUsername(),
                    password,
                    uri.getRawQuery());
        }

        String url(String otherDatabase) {
            return "jdbc:mysql://" + host + ":" + port + "/" + otherDatabase + "?" + query;
        }

        /** The password goes in the environment (MYSQL_PWD), not on the command line. */
        Command client(Path binary, String... options) {
            List<String> args = new ArrayList<>(List.of(
                    binary.toString(),
                    "--no-defaults",
                    "--protocol=TCP",
                    "--host=" + host,
                    "--port=" + port,
                    "--user=" + user,
                    // the embedded server runs without TLS (--skip-ssl); the 11.4 clients want it by default
                    "--skip-ssl"));
            args.addAll(List.of(options));
            return new Command(args, Map.of("MYSQL_PWD", password));
        }
    }
}
