package vn.boiduong;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP against the running test server: API calls with Basic auth, or a browser-like session with cookies. */
public final class TestHttp {

    public static final String DEMO_PASSWORD = "BoiDuong@2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client;
    private final String authorization;

    private TestHttp(int port, String authorization, boolean cookies) {
        this.port = port;
        this.authorization = authorization;
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
        if (cookies) {
            builder.cookieHandler(new CookieManager());
        }
        this.client = builder.build();
    }

    /** API client authenticated with HTTP Basic. */
    public static TestHttp as(int port, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new TestHttp(port, "Basic " + token, false);
    }

    public static TestHttp as(int port, String username) {
        return as(port, username, DEMO_PASSWORD);
    }

    private TestHttp(int port, String authorization, HttpClient client) {
        this.port = port;
        this.authorization = authorization;
        this.client = client;
    }

    /** The same client (its cookies, its credentials) talking to another node of the application, on {@code otherPort}. */
    public TestHttp onPort(int otherPort) {
        return new TestHttp(otherPort, authorization, client);
    }

    /** A browser-like session (cookies, no Authorization header). */
    public static TestHttp browser(int port) {
        return new TestHttp(port, null, true);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Posts JSON in a signed-in browser session with the CSRF header the pages' scripts send (see {@link #csrfToken()}). */
    public HttpResponse<String> post(String path, String json, String csrfToken) {
        return send(request(path).header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** This session's CSRF token, from the layout's meta tag of the home page. */
    public String csrfToken() {
        Matcher m = CSRF_META.matcher(get("/").body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the home page: not signed in?");
        }
        return m.group(1);
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Uploads a file as multipart/form-data field "file". */
    public HttpResponse<String> upload(String path, String fileName, byte[] content) {
        String boundary = "----boiduong" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return getBytes(path, new String[0]);
    }

    /** GET with extra headers, given as name, value, name, value … (e.g. what htmx sends: HX-Request, true). */
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        try {
            HttpRequest.Builder b = request(path).GET();
            for (int i = 0; i + 1 < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form with the CSRF token read from {@code tokenPage} (a page of this session). */
    public HttpResponse<String> postForm(String path, String tokenPage, Map<String, String> fields) {
        Matcher m = CSRF.matcher(get(tokenPage).body());
        String token = m.find() ? m.group(1) : "";
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&")) + "&_csrf=" + enc(token);
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Signs in through the login form; returns the redirect target. */
    public String login(String username, String password) {
        HttpResponse<String> r = postForm("/login", "/login", Map.of("username", username, "password", password));
        return r.headers().firstValue("Location").orElse("");
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
