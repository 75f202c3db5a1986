package vn.boiduong.shell;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile requests generated from the OpenAPI document (issue 13): every operation but DELETE and a few heavy or
 * account-changing ones, with path ids, query parameters, JSON bodies and uploads drawn from wrong types, huge numbers,
 * control characters, long strings, missing fields and nested junk; a fixed seed gives the same requests every run.
 * Writes aim at ids that do not exist and bodies that cannot pass validation, so the shared demo data stays as it was.
 * Used by {@code ApiFuzzTest} (the build) and {@code bench/fuzz.sh} (5,000 requests against a running server).
 */
public final class ApiFuzz {

    /** Paths never fuzzed: heavy rebuilds, the caller's password, second factor and inbox, which other tests rely on. */
    private static final Pattern SKIPPED = Pattern.compile(".*(recompute|rebuild|backfill|read-all|password|account/mfa|/import/\\{id}/commit).*");
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] NUMBERS = {"0", "-1", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
            "99999999999999999999999", "1e308", "-0.0", "1.5", "NaN", "0x10"};
    private static final String[] MISSING_IDS = {"0", "-1", "999999999", "9223372036854775807", "99999999999999999999", "abc",
            "1.5", "\u0000", " ", "1;select 1"};

    record Op(String method, String path, JsonNode operation) {
    }

    /** One answered request: what was sent and the status (0 when no answer came in time). */
    public record Sent(String description, int status) {
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new java.net.CookieManager()).build();
    private final String base;
    private final String username;
    private final String password;
    private String csrf = "";
    private final Random random;
    private final List<Op> operations = new ArrayList<>();
    private JsonNode schemas;

    public ApiFuzz(String base, String username, String password, long seed) {
        this.base = base;
        this.username = username;
        this.password = password;
        this.random = new Random(seed);
    }

    /**
     * Signs in once through the login form and reads the OpenAPI document; returns the number of operations to fuzz.
     * The session (with its CSRF token on writes) spares a password hash per request: Basic auth would cost one each.
     */
    public int load() throws Exception {
        String token = token(get("/login"));
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token);
        client.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        csrf = token(get("/"));
        HttpResponse<String> r = get("/v3/api-docs");
        JsonNode doc = JSON.readTree(r.body());
        schemas = doc.path("components").path("schemas");
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String method = op.getKey().toUpperCase();
                if (!method.equals("DELETE") && !SKIPPED.matcher(path.getKey()).matches()) {
                    operations.add(new Op(method, path.getKey(), op.getValue()));
                }
            }
        }
        return operations.size();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        return m.find() ? m.group(1) : "";
    }

    /** Sends {@code count} generated requests one after the other. */
    public List<Sent> run(int count) {
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Op op = operations.get(random.nextInt(operations.size()));
            HttpRequest request = build(op);
            String description = op.method() + " " + request.uri().getRawPath()
                    + (request.uri().getRawQuery() == null ? "" : "?" + abbreviate(request.uri().getRawQuery())) + lastBody;
            int status;
            try {
                status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                status = 0;
            }
            sent.add(new Sent(description, status));
        }
        return sent;
    }

    private String lastBody = "";

    private HttpRequest build(Op op) {
        boolean write = !op.method().equals("GET");
        Map<String, String> pathValues = new TreeMap<>();
        StringBuilder query = new StringBuilder();
        for (JsonNode p : op.operation().path("parameters")) {
            String name = p.path("name").asString();
            String type = resolve(p.path("schema")).path("type").asString("string");
            if (p.path("in").asString().equals("path")) {
                pathValues.put(name, write ? pick(MISSING_IDS) : pathValue(type));
            } else if (p.path("in").asString().equals("query") && random.nextInt(3) > 0) {
                query.append(query.isEmpty() ? "?" : "&").append(enc(name)).append('=').append(enc(scalar(type)));
            }
        }
        if (random.nextInt(8) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append(pick(new String[] {"page", "size", "q", "lang", "unitId"}))
                    .append('=').append(enc(random.nextBoolean() ? pick(NUMBERS) : text()));
        }
        Matcher m = PARAM.matcher(op.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(enc(pathValues.getOrDefault(m.group(1), "1")).replace("+", "%20")));
        }
        m.appendTail(path);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path + query)).timeout(Duration.ofSeconds(20))
                .header("X-CSRF-TOKEN", csrf);
        lastBody = "";
        JsonNode content = op.operation().path("requestBody").path("content");
        if (content.has("multipart/form-data")) {
            String boundary = "----fuzz" + random.nextInt(1_000_000);
            byte[] body = FuzzValues.multipart(random, boundary);
            lastBody = " [multipart " + body.length + " bytes]";
            return b.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .method(op.method(), HttpRequest.BodyPublishers.ofByteArray(body)).build();
        }
        if (!write) {
            return b.GET().build();
        }
        String body = content.has("application/json") ? body(content.path("application/json").path("schema")) : FuzzValues.junkJson(random);
        lastBody = " " + abbreviate(body);
        String type = random.nextInt(20) == 0 ? pick(new String[] {"text/plain", "application/xml", "application/x-www-form-urlencoded"})
                : "application/json";
        return b.header("Content-Type", type).method(op.method(), HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** A body for the schema: now and then junk of another shape, else an object with hostile or missing fields. */
    private String body(JsonNode schema) {
        if (random.nextInt(6) == 0) {
            return FuzzValues.junkJson(random);
        }
        JsonNode s = resolve(schema);
        if (!s.has("properties")) {
            return "{" + FuzzValues.quote("x") + ":" + FuzzValues.jsonValue(random, "string", 0) + "}";
        }
        List<String> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> p : s.path("properties").properties()) {
            if (random.nextInt(4) > 0) {
                JsonNode ps = resolve(p.getValue());
                fields.add(FuzzValues.quote(p.getKey()) + ":" + FuzzValues.jsonValue(random, ps.path("type").asString("object"), 0));
            }
        }
        return "{" + String.join(",", fields) + "}";
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.startsWith("#/components/schemas/") ? schemas.path(ref.substring(21)) : schema;
    }

    private String pathValue(String type) {
        if (random.nextBoolean()) {
            return type.equals("integer") ? String.valueOf(1 + random.nextInt(300)) : text();
        }
        return random.nextBoolean() ? pick(MISSING_IDS) : scalar(type);
    }

    private String scalar(String type) {
        return type.equals("integer") || type.equals("number") ? (random.nextInt(4) == 0 ? text() : pick(NUMBERS)) : text();
    }

    private String text() {
        return FuzzValues.text(random);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 160 ? clean.substring(0, 160) + "…(" + s.length() + ")" : clean;
    }

    /** {@code java … vn.boiduong.shell.ApiFuzz http://127.0.0.1:8080 5000 2026}: prints the count by status, then the 5xx. */
    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        ApiFuzz fuzz = new ApiFuzz(base, args.length > 3 ? args[3] : "sonoivu.haiphong", "BoiDuong@2026", args.length > 2 ? Long.parseLong(args[2]) : 2026);
        System.out.println("operations: " + fuzz.load());
        long start = System.nanoTime();
        List<Sent> sent = fuzz.run(count);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        sent.forEach(s -> byStatus.merge(s.status(), 1, Integer::sum));
        System.out.printf("requests: %d in %.1f s%n", sent.size(), (System.nanoTime() - start) / 1e9);
        byStatus.forEach((status, n) -> System.out.println("status " + status + ": " + n));
        sent.stream().filter(s -> s.status() >= 500 || s.status() == 0).forEach(s -> System.out.println("  " + s.status() + " " + s.description()));
        sent.stream().filter(s -> !s.description().startsWith("GET ") && s.status() / 100 == 2)
                .forEach(s -> System.out.println("  write accepted: " + s.status() + " " + s.description()));
    }
}
