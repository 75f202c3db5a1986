package vn.boiduong.security;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.boiduong.TestHttp;

/**
 * The endpoint rows of the scope matrix, one request per row and role, read from {@code scope-matrix-endpoints.txt}:
 * {@code METHOD URL WHERE} then the expected answer per role (written by hand from the roles' permissions and scopes: Y let
 * through, N refused with 403, n refused with 404 where the module answers "not found" for records that are not the
 * caller's, as the inbox does) and an optional body. {@code {name}} in the URL or body is a record of the target, resolved per request.
 */
final class EndpointTable {

    /** One row: a request template, where its record lies, the expected answers in {@code Who} order, the body template. */
    record Row(String method, String url, ScopeMatrixTest.Where where, char[] expected, String body) {

        /** The handler this row exercises: method and path with every {placeholder} made anonymous. */
        String handlerKey() {
            String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            return method + " " + anonymous(path);
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(java.time.Duration.ofSeconds(10)).build();

    private EndpointTable() {
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = EndpointTable.class.getResourceAsStream("scope-matrix-endpoints.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] cells = l.split("\\s+", 11);
                char[] expected = new char[7];
                for (int i = 0; i < 7; i++) {
                    expected[i] = cells[3 + i].charAt(0);
                    if ("YNn".indexOf(expected[i]) < 0 || cells[3 + i].length() != 1) {
                        throw new IllegalStateException("expected Y, N or n: " + line);
                    }
                }
                rows.add(new Row(cells[0], cells[1], ScopeMatrixTest.Where.valueOf(cells[2]), expected, cells.length > 10 ? cells[10] : null));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** A path pattern with its variables made anonymous: "/api/people/{id}" and "/api/people/{person}" are the same handler. */
    static String anonymous(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }

    static String resolve(String template, Function<String, Object> fixtures) {
        if (template == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(fixtures.apply(m.group(1)))));
        }
        return m.appendTail(out).toString();
    }

    /** Sends the row as the user: JSON to /api, a form to pages, a small file when the body is "@file". */
    static HttpResponse<String> send(int port, String username, String method, String url, String body) {
        if ("@file".equals(body)) {
            return TestHttp.as(port, username).upload(url, "phamvi.xlsx", vn.boiduong.TestXlsx.roster(List.of()));
        }
        String basic = Base64.getEncoder().encodeToString((username + ":" + TestHttp.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + url)).header("Authorization", "Basic " + basic)
                .timeout(java.time.Duration.ofSeconds(60));
        boolean api = url.startsWith("/api/");
        String content = body != null ? body : api ? "{}" : "";
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofString(content);
        if (!method.equals("GET") && !method.equals("DELETE")) {
            b.header("Content-Type", api ? "application/json" : "application/x-www-form-urlencoded");
        }
        boolean bodiless = method.equals("GET") || method.equals("DELETE");
        b.method(method, bodiless ? HttpRequest.BodyPublishers.noBody() : publisher);
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
