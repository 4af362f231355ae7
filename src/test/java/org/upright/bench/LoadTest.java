package org.upright.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many signed-in users at once, speaking Vaadin's own protocol over HTTP as the browser does: the
 * login page and the form's POST (with Spring's CSRF token), the bootstrap page, the {@code v-r=init}
 * request, then UIDL POSTs with the UI's security key, syncId and clientId (router navigation
 * events, the grid's {@code confirmUpdate}) and heartbeats at the interval the app tells the browser.
 * Each user is a distinct generated account (therapists and patients of {@link ClinicGenerator}); a
 * share of them act every few seconds, the others stay signed in and idle. Static files (the
 * frontend bundle, styles) are left out: a browser has them cached. Prints p50/p95/p99 of each kind
 * of round trip and of sign-in plus first page, and every error. Run with {@code ./mvnw -Pload};
 * see README "Performance".
 */
public final class LoadTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern HEARTBEAT = Pattern.compile("\"heartbeatInterval\":(-?\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("^\\{\"clientId\":(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)\\}\\s*$");
    // the server's data update for a grid: [{"@v-node":grid}, updateId, "return $0.$connector.confirm($1)"]
    private static final Pattern GRID_CONFIRM =
            Pattern.compile("\\{\"@v-node\":(\\d+)\\},(\\d+),\"[^\"]*\\$connector\\.confirm\\(");
    private static final boolean DUMP = Boolean.getBoolean("load.dump");
    private static final Pattern PATIENT_LINK = Pattern.compile("patients/(\\d+)");

    record Page(String route, String marker) {}

    private static final Page CASELOAD = new Page("caseload", "vaadin-grid");
    private static final Page TODAY = new Page("today", "today-date");
    private static final Page HISTORY = new Page("history", "history-charts");

    private final HttpClient http;
    private final String base;
    private final Map<String, Queue<Long>> timings = new ConcurrentHashMap<>();
    private final AtomicInteger errors = new AtomicInteger();
    private final Queue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
    private volatile boolean measuring;

    private LoadTest(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("load.users", 500);
        int active = Integer.getInteger("load.active", 100);
        int seconds = Integer.getInteger("load.seconds", 180);
        int rampSeconds = Integer.getInteger("load.ramp", 100);
        int everySeconds = Integer.getInteger("load.interval", 5);
        String dir = System.getProperty("load.dir", System.getProperty("user.home") + "/.upright/bench-db");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Paths.get("target", "load-server.log");
        Instant startedAt = Instant.now();
        Process server = startServer(dir, port, log);
        try {
            awaitReady(server, log);
            if (!Files.readString(log).contains("Vaadin is running in production mode")) {
                throw new IllegalStateException("the app did not start in production mode, see " + log);
            }
            new LoadTest("http://localhost:" + port + "/").run(users, active, seconds, rampSeconds, everySeconds);
            System.out.printf(
                    "Started %s; load average now %s%n",
                    startedAt, Files.readString(Paths.get("/proc/loadavg")).trim());
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        System.exit(0);
    }

    private void run(int users, int active, int seconds, int rampSeconds, int everySeconds) throws Exception {
        // distinct generated accounts in the clinic's proportions: one user in five is a therapist
        int therapists = Math.min(ClinicGenerator.THERAPISTS, users / 5);
        int activeTherapists = active * therapists / users;
        List<User> all = new ArrayList<>();
        for (int t = 1; t <= therapists; t++) {
            all.add(new User("bench-therapist-" + t + "@bench.example", true, t <= activeTherapists));
        }
        for (int p = 1; p <= users - therapists; p++) {
            all.add(new User("bench-patient-" + p + "@bench.example", false, p <= active - activeTherapists));
        }
        Collections.shuffle(all, new Random(20261129));
        System.out.printf(
                "%d users (%d therapists, %d patients), %d active (an action every %d s), sign-ins spread over %d s,"
                        + " then %d s of measuring; load average at start %s%n",
                users,
                therapists,
                users - therapists,
                active,
                everySeconds,
                rampSeconds,
                seconds,
                Files.readString(Paths.get("/proc/loadavg")).trim());
        warmUp(Integer.getInteger("load.warmup", 40));
        measuring = true;
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(rampSeconds + seconds);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < all.size(); i++) {
                User user = all.get(i);
                long signInAt = start + TimeUnit.MILLISECONDS.toNanos((long) rampSeconds * 1000 * i / all.size());
                threads.submit(() -> live(user, signInAt, end, everySeconds));
            }
        }
        measuring = false;
        report((System.nanoTime() - start) / 1e9);
    }

    /**
     * A started server is cold (class loading, the JIT, caches): a few other accounts sign in and go
     * through every page first, not counted, as the first users of the day would.
     */
    private void warmUp(int count) throws Exception {
        long t0 = System.nanoTime();
        AtomicInteger failed = new AtomicInteger();
        try (ExecutorService threads =
                Executors.newFixedThreadPool(4, Thread.ofVirtual().factory())) {
            for (int i = 0; i < count; i++) {
                User user = i % 5 == 0
                        ? new User(
                                "bench-therapist-" + (ClinicGenerator.THERAPISTS - i / 5) + "@bench.example",
                                true,
                                true)
                        : new User("bench-patient-" + (ClinicGenerator.PATIENTS - i) + "@bench.example", false, true);
                threads.submit(() -> {
                    try {
                        signIn(user);
                        for (int step = 0; step < 6; step++) {
                            act(user);
                        }
                        heartbeat(user);
                    } catch (Exception ex) {
                        failed.incrementAndGet();
                        System.out.println("Warm-up: " + user.email + ": " + ex);
                    }
                });
            }
        }
        System.out.printf(
                "Warm-up: %d other accounts signed in and went through their pages in %.0f s (%d failed), not counted%n",
                count, (System.nanoTime() - t0) / 1e9, failed.get());
    }

    /** One user: sign in at the given moment, then act every few seconds or stay idle with heartbeats. */
    private void live(User user, long signInAt, long end, int everySeconds) {
        try {
            sleepUntil(signInAt);
            long t0 = System.nanoTime();
            signIn(user);
            record("sign-in + first page", System.nanoTime() - t0);
            long nextHeartbeat = System.nanoTime()
                    + (user.heartbeatSeconds > 0
                            ? ThreadLocalRandom.current().nextLong(TimeUnit.SECONDS.toNanos(user.heartbeatSeconds))
                            : Long.MAX_VALUE);
            long nextAction =
                    System.nanoTime() + ThreadLocalRandom.current().nextLong(TimeUnit.SECONDS.toNanos(everySeconds));
            while (true) {
                long next = user.active ? Math.min(nextAction, nextHeartbeat) : nextHeartbeat;
                if (next >= end) {
                    return;
                }
                sleepUntil(next);
                if (user.active && next == nextAction) {
                    act(user);
                    // every action counts as contact: the browser's heartbeat timer starts again
                    nextHeartbeat = user.heartbeatSeconds > 0
                            ? System.nanoTime() + TimeUnit.SECONDS.toNanos(user.heartbeatSeconds)
                            : Long.MAX_VALUE;
                    nextAction += TimeUnit.SECONDS.toNanos(everySeconds);
                } else {
                    heartbeat(user);
                    nextHeartbeat += TimeUnit.SECONDS.toNanos(user.heartbeatSeconds);
                }
            }
        } catch (Exception ex) {
            error(user, ex.toString());
        }
    }

    /** The login page, the form's POST, the bootstrap page, the UI's init and its first navigation. */
    private void signIn(User user) throws Exception {
        String login = timed("GET login page", user, get(user, "login"), 200).body();
        Matcher csrf = CSRF.matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + URLEncoder.encode(user.email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(LoadServer.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = timed(
                "POST login form",
                user,
                request(user, "login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)),
                302);
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (location.contains("error") || !location.endsWith("/")) {
            throw new IllegalStateException("sign-in refused, redirected to " + location);
        }
        timed("GET bootstrap page", user, get(user, ""), 200);
        String init = timed("GET v-r=init", user, get(user, initQuery()), 200).body();
        user.securityKey = find(SECURITY_KEY, init, "the UI's security key");
        user.uiId = Integer.parseInt(find(UI_ID, init, "the UI id"));
        user.heartbeatSeconds = Integer.parseInt(find(HEARTBEAT, init, "the heartbeat interval"));
        user.syncId = 0;
        user.clientId = 0;
        navigate(
                user,
                "/",
                user.therapist ? CASELOAD : TODAY,
                "UIDL navigate " + (user.therapist ? "caseload" : "today"));
    }

    /** A patient goes between Today and History; a therapist between the caseload and a patient's dashboard. */
    private void act(User user) throws Exception {
        Page page;
        if (user.therapist) {
            page = user.step % 2 == 0 && user.patientLink != null
                    ? new Page(user.patientLink + "/dashboard", "discomfort-chart")
                    : CASELOAD;
        } else {
            page = user.step % 2 == 0 ? HISTORY : TODAY;
        }
        user.step++;
        String kind = page.route().endsWith("/dashboard") ? "dashboard" : page.route();
        navigate(user, page.route(), page, "UIDL navigate " + kind);
    }

    /** A router link's navigation event, as the client sends it, then the grid's confirmation if a grid was filled. */
    private void navigate(User user, String route, Page page, String kind) throws Exception {
        String rpc = "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + user.step
                + "},\"trigger\":\"" + (route.equals("/") ? "" : "link") + "\"}}";
        String answer = uidl(user, kind, rpc);
        if (DUMP && user.step < 2) {
            Files.writeString(Paths.get("target", "load-answer-" + kind.replace(' ', '-') + ".json"), answer);
        }
        if (!answer.contains(page.marker())) {
            throw new IllegalStateException(kind + ": the page's content (" + page.marker() + ") is not in the answer");
        }
        if (user.therapist && page == CASELOAD) {
            Matcher link = PATIENT_LINK.matcher(answer);
            if (link.find()) {
                user.patientLink = "patients/" + link.group(1);
            }
        }
        Matcher confirm = GRID_CONFIRM.matcher(answer);
        List<String> confirms = new ArrayList<>();
        while (confirm.find()) {
            confirms.add("{\"type\":\"publishedEventHandler\",\"node\":" + confirm.group(1)
                    + ",\"templateEventMethodName\":\"confirmUpdate\",\"templateEventMethodArgs\":[" + confirm.group(2)
                    + "],\"promise\":0}");
        }
        if (!confirms.isEmpty()) {
            uidl(user, "UIDL grid confirmUpdate", String.join(",", confirms));
        }
    }

    private String uidl(User user, String kind, String rpc) throws Exception {
        String body = "{\"csrfToken\":\"" + user.securityKey + "\",\"rpc\":[" + rpc + "],\"syncId\":" + user.syncId
                + ",\"clientId\":" + user.clientId + "}";
        String answer = timed(
                        kind,
                        user,
                        request(user, "?v-r=uidl&v-uiId=" + user.uiId)
                                .header("Content-Type", "application/json; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString(body)),
                        200)
                .body();
        if (answer.contains("\"appError\"")
                || answer.contains("\"sessionExpired\"")
                || answer.contains("\"resynchronize\"")) {
            throw new IllegalStateException(kind + ": the app answered with an error: " + abbreviate(answer));
        }
        user.clientId = Integer.parseInt(find(CLIENT_ID, answer, "the next clientId in " + abbreviate(answer)));
        user.syncId = Integer.parseInt(find(SYNC_ID, answer, "the syncId in " + abbreviate(answer)));
        return answer;
    }

    private void heartbeat(User user) throws Exception {
        timed(
                "heartbeat",
                user,
                request(user, "?v-r=heartbeat&v-uiId=" + user.uiId).POST(HttpRequest.BodyPublishers.noBody()),
                200);
    }

    private HttpRequest.Builder get(User user, String path) {
        return request(user, path).GET();
    }

    private HttpRequest.Builder request(User user, String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (!user.cookies.isEmpty()) {
            StringBuilder cookie = new StringBuilder();
            user.cookies.forEach((k, v) -> cookie.append(cookie.isEmpty() ? "" : "; ")
                    .append(k)
                    .append('=')
                    .append(v));
            builder.header("Cookie", cookie.toString());
        }
        return builder;
    }

    private HttpResponse<String> timed(String kind, User user, HttpRequest.Builder request, int expected)
            throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        record(kind, System.nanoTime() - t0);
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                user.cookies.put(
                        pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        if (response.statusCode() != expected) {
            throw new IllegalStateException(kind + ": HTTP " + response.statusCode() + " (expected " + expected + ") "
                    + abbreviate(response.body()));
        }
        return response;
    }

    /** The query the client sends with its init request (location and the browser's details). */
    private static String initQuery() {
        return "?v-r=init&location=&query=&v-sh=800&v-sw=1280&v-wh=800&v-ww=1280&v-bh=800&v-bw=1280&v-curdate="
                + System.currentTimeMillis()
                + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-"
                + ThreadLocalRandom.current().nextDouble()
                + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
                + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";
    }

    private void record(String kind, long nanos) {
        if (measuring) {
            timings.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(nanos);
        }
    }

    private void error(User user, String message) {
        errors.incrementAndGet();
        // grouped by what went wrong, without the address or the answer
        errorKinds.merge(
                message.replaceFirst("^[\\w.$]+: ", "")
                        .replaceAll("http://\\S+", "")
                        .replaceAll("[:(].*", "")
                        .trim(),
                1,
                Integer::sum);
        if (errorSamples.size() < 20) {
            errorSamples.add(user.email + ": " + message);
        }
    }

    private void report(double ranSeconds) {
        System.out.println();
        System.out.printf("Ran %.0f s in all.%n", ranSeconds);
        System.out.println("| round trip | count | p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|");
        new TreeMap<>(timings).forEach((kind, values) -> {
            long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(
                    "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n",
                    kind,
                    sorted.length,
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    percentile(sorted, 99),
                    sorted[sorted.length - 1] / 1e6);
        });
        System.out.printf("Errors: %d%n", errors.get());
        new TreeMap<>(errorKinds).forEach((kind, count) -> System.out.printf("  %d × %s%n", count, kind));
        errorSamples.forEach(e -> System.out.println("  " + e));
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found: " + what);
        }
        return m.group(1);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** One browser tab of one account: its cookies and its UI's protocol state. */
    private static final class User {
        final String email;
        final boolean therapist;
        final boolean active;
        final Map<String, String> cookies = new ConcurrentHashMap<>();
        String securityKey = "";
        int uiId;
        int syncId;
        int clientId;
        int heartbeatSeconds;
        int step;
        String patientLink;

        User(String email, boolean therapist, boolean active) {
            this.email = email;
            this.therapist = therapist;
            this.active = active;
        }
    }

    private static Process startServer(String dir, int port, Path log) throws IOException {
        return ProductionServer.start(
                "load-classpath.txt",
                System.getProperty("load.xmx", "1g"),
                dir,
                port,
                List.of(
                        "upright.embedded-db.server-args=--innodb-buffer-pool-size=1073741824",
                        "upright.demo-data=false"),
                LoadServer.class,
                log);
    }

    private static void awaitReady(Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the app stopped, see " + log);
            }
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (line.startsWith("LOAD-SERVER ready")) {
                    System.out.println(line);
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the app did not start within 20 minutes, see " + log);
    }
}
