package org.upright;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app on a real port, driven by the system's Chromium through Playwright. Each test gets a
 * fresh browser context (no cookies), so each starts signed out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        // a loaded 2-core CI machine can take more than Playwright's default 5 s to answer a sign-in
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium())
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected void open(String path) {
        page.navigate(url(path));
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** Signs in and waits until the app has left the sign-in page (a busy machine may take a while). */
    protected void signIn(String email, String password) {
        submitSignIn(email, password);
        page.waitForURL(url -> !url.contains("/login"), new Page.WaitForURLOptions().setTimeout(45_000));
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** Submits the sign-in form, whether or not the credentials are right. */
    protected void submitSignIn(String email, String password) {
        open("login");
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    protected void screenshot(String name) {
        try {
            Files.createDirectories(Paths.get("target", "screenshots"));
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    private static Path chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        return Paths.get(configured != null && !configured.isBlank() ? configured : "/usr/bin/chromium");
    }
}
