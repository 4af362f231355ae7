package org.upright.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live heap per signed-in session, route by route. Starts the app as the production build runs it
 * ({@link MemoryServer}, a JVM of its own: production mode, runtime classpath without Vaadin's dev
 * tools), then for each route opens one warm-up session and N measured ones, each a browser context
 * of its own (own cookies, so own HTTP session) in headless Chromium: sign in through the login
 * form, open the route, wait until the page has settled (the grid's first page fetched as the browser
 * fetches it). Live heap is read with {@code jcmd GC.class_histogram} (a full GC, then the bytes of
 * every live object) before and after the N sessions; the difference divided by N is the figure.
 * Run with {@code ./mvnw -Pmemory}; see README "Performance".
 */
public final class MemoryHarness {

    private static final String PASSWORD = "upright-demo-2026";
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");
    private static final Pattern ROW = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    record Route(String name, String path, String email, String ready) {}

    private MemoryHarness() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("memory.n", 30);
        boolean classes = Boolean.parseBoolean(System.getProperty("memory.classes", "false"));
        String dir = System.getProperty("memory.dir", System.getProperty("user.home") + "/.upright/memory-db");
        List<String> wanted = List.of(System.getProperty("memory.routes", "login,account,caseload,dashboard,today")
                .split(","));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Paths.get("target", "memory-server.log");
        Process server = startServer(dir, port, log);
        try {
            Map<String, String> ready = awaitReady(server, log);
            long pid = Long.parseLong(ready.get("pid"));
            boolean production = Files.readString(log).contains("Vaadin is running in production mode");
            System.out.printf(
                    "App pid %d on port %d; Vaadin production mode: %s; caseload of %s: %s patients%n",
                    pid, port, production ? "yes" : "NO", MemoryServer.THERAPIST, ready.get("caseload"));
            if (!production) {
                throw new IllegalStateException("the app did not start in production mode, see " + log);
            }
            List<Route> routes = new ArrayList<>();
            for (Route r : List.of(
                    new Route("login", "login", null, "vaadin-login-form"),
                    new Route("account", "account/password", MemoryServer.THERAPIST, "vaadin-password-field"),
                    new Route("caseload", "caseload", MemoryServer.THERAPIST, "vaadin-grid-cell-content a"),
                    new Route(
                            "dashboard",
                            "patients/" + ready.get("patient") + "/dashboard",
                            MemoryServer.THERAPIST,
                            "#discomfort-chart"),
                    new Route("today", "today", MemoryServer.PATIENT, ".streak-card"))) {
                if (wanted.contains(r.name())) {
                    routes.add(r);
                }
            }
            List<String> table = new ArrayList<>();
            try (Playwright playwright = Playwright.create(
                            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                    Browser browser = playwright.chromium().launch(launchOptions())) {
                for (Route route : routes) {
                    // warm-up: class loading, route and template caches, the JIT, not one session's share
                    open(browser, port, route).close();
                    open(browser, port, route).close();
                    Thread.sleep(4000);
                    Histogram before = histogram(pid);
                    List<BrowserContext> sessions = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        sessions.add(open(browser, port, route));
                    }
                    Thread.sleep(4000);
                    Histogram after = histogram(pid);
                    double perSession = (after.total - before.total) / 1024.0 / n;
                    String row = String.format(
                            "| %s (/%s) | %d | %,.0f | %,.0f | %.1f |",
                            route.name(), route.path(), n, before.total / 1024.0, after.total / 1024.0, perSession);
                    table.add(row);
                    System.out.println(row);
                    if (classes) {
                        printTopClasses(before, after, n);
                    }
                    sessions.forEach(BrowserContext::close);
                }
            }
            System.out.println();
            System.out.println("| route | N | live heap before KB | after KB | per session KB |");
            System.out.println("|---|---|---|---|---|");
            table.forEach(System.out::println);
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        System.exit(0);
    }

    /** A browser context of its own, signed in (unless anonymous), on the route, settled. */
    private static BrowserContext open(Browser browser, int port, Route route) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        context.setDefaultTimeout(60_000);
        Page page = context.newPage();
        String base = "http://localhost:" + port + "/";
        if (route.email() != null) {
            // the login form's own POST (with the page's CSRF token) from this context, so the cookie is
            // this context's; no page is shown for it, so the session holds only the route's UI
            String login = context.request().get(base + "login").text();
            Matcher parameter = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"")
                    .matcher(login);
            Matcher token =
                    Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(login);
            if (!parameter.find() || !token.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            var answer = context.request()
                    .post(
                            base + "login",
                            com.microsoft.playwright.options.RequestOptions.create()
                                    .setForm(com.microsoft.playwright.options.FormData.create()
                                            .set("username", route.email())
                                            .set("password", PASSWORD)
                                            .set(parameter.group(1), token.group(1)))
                                    .setMaxRedirects(0));
            if (answer.status() != 302
                    || answer.headers().getOrDefault("location", "").contains("error")) {
                throw new IllegalStateException("sign-in refused: " + answer.status() + " " + answer.headers());
            }
        }
        page.navigate(base + route.path());
        page.locator(route.ready())
                .first()
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return context;
    }

    private static BrowserType.LaunchOptions launchOptions() {
        String configured = System.getenv("CHROMIUM_PATH");
        return new BrowserType.LaunchOptions()
                .setExecutablePath(
                        Paths.get(configured != null && !configured.isBlank() ? configured : "/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync"));
    }

    private static Process startServer(String dir, int port, Path log) throws IOException {
        return ProductionServer.start(
                "memory-classpath.txt",
                System.getProperty("memory.xmx", "1g"),
                dir,
                port,
                List.of(
                        "upright.demo-data=true",
                        // an idle keep-alive connection of the harness's browsers holds Tomcat's buffers (about
                        // 100 KB each in the heap); they belong to connections, not sessions: close them before
                        // measuring
                        "server.tomcat.keep-alive-timeout=" + System.getProperty("memory.keepAlive", "1s"),
                        "memory.patients=" + Integer.getInteger("memory.patients", 60)),
                MemoryServer.class,
                log);
    }

    private static Map<String, String> awaitReady(Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the app stopped, see " + log);
            }
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (line.startsWith("MEMORY-SERVER ready")) {
                    Map<String, String> values = new HashMap<>();
                    for (String part : line.substring("MEMORY-SERVER ready".length())
                            .trim()
                            .split(" ")) {
                        String[] kv = part.split("=", 2);
                        values.put(kv[0], kv[1]);
                    }
                    return values;
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the app did not start within 10 minutes, see " + log);
    }

    record Histogram(long total, Map<String, Long> bytes) {}

    /** {@code jcmd GC.class_histogram}: a full GC, then the live objects per class. */
    private static Histogram histogram(long pid) throws Exception {
        Process jcmd = new ProcessBuilder(
                        Paths.get(System.getProperty("java.home"), "bin", "jcmd")
                                .toString(),
                        String.valueOf(pid),
                        "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(jcmd.getInputStream()))) {
                return String.join("\n", r.lines().toList());
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        });
        jcmd.waitFor(2, TimeUnit.MINUTES);
        String text = out.get();
        Matcher total = TOTAL.matcher(text);
        if (!total.find()) {
            throw new IllegalStateException("no total in jcmd's answer: " + text);
        }
        Map<String, Long> bytes = new HashMap<>();
        Matcher row = ROW.matcher(text);
        while (row.find()) {
            bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
        }
        return new Histogram(Long.parseLong(total.group(2)), bytes);
    }

    private static void printTopClasses(Histogram before, Histogram after, int n) {
        Map<String, Long> delta = new HashMap<>();
        after.bytes().forEach((k, v) -> delta.put(k, v - before.bytes().getOrDefault(k, 0L)));
        delta.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(25)
                .forEach(e -> System.out.printf("    %8.1f KB/session  %s%n", e.getValue() / 1024.0 / n, e.getKey()));
    }
}
