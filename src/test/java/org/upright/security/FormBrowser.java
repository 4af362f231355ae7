package org.upright.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A cookie-keeping HTTP client that does not follow redirects, like a browser's form post; optionally
 * behind a proxy that names the browser's address in X-Forwarded-For.
 */
public final class FormBrowser {

    static final String ADDRESS = "127.0.0.1";

    private final int port;
    private final @Nullable String forwardedFor;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    FormBrowser(int port) {
        this(port, null);
    }

    public FormBrowser(int port, @Nullable String forwardedFor) {
        this.port = port;
        this.forwardedFor = forwardedFor;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the login form as the login page does; answers where the app sends the browser next. */
    public String signIn(String email, String password) throws Exception {
        HttpResponse<String> response = postLogin("/login", email, password);
        assertThat(response.statusCode()).as("answer to the login form").isEqualTo(302);
        return response.headers().firstValue("Location").orElse("");
    }

    /** Opens the login page, then posts its form, with the page's CSRF token, to the given path. */
    HttpResponse<String> postLogin(String path, String email, String password) throws Exception {
        String page = get("/login").body();
        Matcher parameter = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"")
                .matcher(page);
        Matcher token =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(parameter.find() && token.find())
                .as("the login page carries a CSRF token")
                .isTrue();
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&" + parameter.group(1) + "="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return post(path, form);
    }

    HttpResponse<String> post(String path, String form) throws Exception {
        return client.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String header, String value) throws Exception {
        return client.send(request(path).header(header, value).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with request headers given as name, value, name, value...; the answer's body as bytes. */
    public HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
        HttpRequest.Builder request = request(path).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Nullable
    String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + ADDRESS + ":" + port + path));
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }
}
