package vn.boiduong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.boiduong.BrowserSupport;
import vn.boiduong.TestHttp;

/**
 * Walks every screen of each demo role in a real headless Chromium, as a new officer would on the first day: the menu
 * (dropdown items included), every same-origin link and GET form on those pages that changes nothing (deduplicated by
 * path pattern, ids normalised), and a phone-size home page. Fails, listing every violation with role, page and the
 * offending text, on: raw message keys, codes shown as text, "seed", template syntax, console errors, file links that
 * would be swapped into the page or do not download, links answering 403 or 5xx, decimal points in Vietnamese numbers.
 */
class ScreenCrawlBrowserTest extends vn.boiduong.BrowserTestBase {

    /** Visits per path pattern (/people/{id} opened at most this often). */
    private static final int VISITS_PER_PATTERN = 2;
    /** Status checks per path pattern (each an HTTP GET with the browser's cookies). */
    private static final int FETCHES_PER_PATTERN = 2;
    /** Pages per role at most: keeps the whole crawl within a few minutes. */
    private static final int MAX_PAGES = 32;

    /**
     * Upper-case words that are Vietnamese abbreviations or file kinds rather than codes, allowed in text although a
     * code table holds the same letters. Keep this small: every entry is a word a Vietnamese officer reads.
     */
    private static final Set<String> NOT_CODES = Set.of(
            "HVCTQG",   // Học viện Chính trị quốc gia: the abbreviation printed on its certificates
            "QLNN",     // quản lý nhà nước, in programme names ("Bồi dưỡng kiến thức QLNN")
            "CNTT",     // công nghệ thông tin ("Ứng dụng CNTT cơ bản")
            "TOT");     // training of trainers, written so in the catalog's programme names

    /**
     * Text in a column headed "Mã …" (a code column of its own) or after the label "Mã …:" is not checked for codes;
     * text in a column of item numbers ("Số TT": 1.2 is item 2 of part 1) is not checked for decimal points.
     */
    private static final Pattern CODE_COLUMN = Pattern.compile("(?iu)^(mã|code)(\\s.*)?$");
    private static final Pattern CODE_LABEL = Pattern.compile("(?u)^Mã [^:]{1,30}:.*");
    private static final Pattern ITEM_COLUMN = Pattern.compile("(?iu)^(số tt|stt|tt|số thứ tự|mục|no\\.?)$");

    private static final Pattern RAW_KEY = Pattern.compile(
            "\\?\\?[^?\\s]{1,80}\\?\\?|(?<![\\w@/.-])[a-z][a-zA-Z]+(?:\\.[a-zA-Z][a-zA-Z0-9]*){2,}(?![\\w/@-]|\\.\\w)");
    /** Domain names and file names look like keys: these endings are not keys. */
    private static final Pattern NOT_A_KEY = Pattern.compile(".*\\.(vn|com|org|net|gov|edu|xlsx|pdf|docx|csv|html|jpg|png)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEED = Pattern.compile("(?<![\\p{L}\\p{N}])seeds?(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEMPLATE = Pattern.compile("\\$\\{|#\\{|\\*\\{|(?<![\\p{L}])th:[a-z]|\\[\\[|\\]\\]");
    /** A decimal point: digits, a dot, one or two digits, no further digit or dot (1.674 is a thousands mark: right). */
    private static final Pattern DECIMAL_POINT = Pattern.compile("(?<![\\d.,:/-])\\d+\\.\\d{1,2}(?![\\d.:/])");
    /**
     * Numbered items of legal texts and documents are not decimals ("mục 1.2", "khoản 3.1", "Biểu 10.1"): the word
     * before the number exempts it. Keep this small.
     */
    private static final Pattern LEGAL_ITEM_BEFORE = Pattern.compile(
            "(?iu)(mục|tiểu mục|khoản|điểm|điều|phần|phụ lục|biểu|mẫu|mẫu số|chương|phiên bản|version|v)\\s*$");
    private static final Pattern FILE_EXTENSION = Pattern.compile("\\.(xlsx|xls|pdf|docx|doc|csv|zip|png|jpe?g)$",
            Pattern.CASE_INSENSITIVE);

    /** Reads the page: its visible text nodes (with where they sit), its links, GET forms and htmx GETs. */
    private static final String SCAN = """
            const out = {texts: [], links: [], title: document.title};
            const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE']);
            function where(el) {
              const parts = [];
              for (let e = el; e && e !== document.body && parts.length < 3; e = e.parentElement) {
                parts.unshift(e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''));
                if (e.id) break;
              }
              return parts.join('>');
            }
            function columnHeading(el) {
              const cell = el.closest('td');
              if (!cell) return '';
              const table = cell.closest('table');
              const head = table && table.tHead && table.tHead.rows[0];
              const th = head && head.cells[cell.cellIndex];
              return th ? th.textContent.replace(/\\s+/g, ' ').trim() : '';
            }
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const text = n.textContent.replace(/\\s+/g, ' ').trim();
              const el = n.parentElement;
              if (!text || !el || el.closest('script,style,noscript,template,code')) continue;
              out.texts.push([text, where(el), columnHeading(el)]);
            }
            function boosted(el) {
              const own = el.closest('[hx-boost]');
              return !!own && own.getAttribute('hx-boost') === 'true';
            }
            function snippet(el) {
              const html = el.outerHTML.replace(/\\s+/g, ' ');
              return html.length > 220 ? html.substring(0, 220) + '…' : html;
            }
            function destructive(el) {
              return el.matches('[hx-post],[hx-put],[hx-patch],[hx-delete],[data-confirm]')
                  || !!el.closest('form[method=post],form[method=POST],[data-confirm]');
            }
            for (const a of document.querySelectorAll('a[href]')) {
              const raw = a.getAttribute('href');
              if (!raw || raw.startsWith('#') || raw.startsWith('javascript:') || raw.startsWith('mailto:')) continue;
              out.links.push({kind: 'a', url: a.href, boosted: boosted(a), download: a.hasAttribute('download'),
                  blank: (a.getAttribute('target') || '_self') !== '_self', destructive: destructive(a),
                  menu: !!a.closest('nav'), snippet: snippet(a), text: a.textContent.replace(/\\s+/g, ' ').trim()});
            }
            for (const el of document.querySelectorAll('[hx-get]')) {
              out.links.push({kind: 'hx-get', url: new URL(el.getAttribute('hx-get'), location.href).href, boosted: true,
                  download: false, blank: false, destructive: false, menu: false, snippet: snippet(el), text: ''});
            }
            for (const form of document.querySelectorAll('form')) {
              const method = (form.getAttribute('method') || 'get').toLowerCase();
              if (method !== 'get' || form.matches('[data-confirm]')) continue;
              const buttons = [...form.querySelectorAll('button:not([type]),button[type=submit],input[type=submit]')];
              const data = new FormData(form);
              for (const b of (buttons.length ? buttons : [form])) {
                const action = (b !== form && b.getAttribute('formaction')) || form.getAttribute('action') || location.pathname;
                const params = new URLSearchParams(data);
                if (b !== form && b.name) params.append(b.name, b.value);
                const url = new URL(action, location.href);
                url.search = params.toString();
                out.links.push({kind: 'form', url: url.href, boosted: boosted(b),
                    download: false, blank: (form.getAttribute('target') || '_self') !== '_self', destructive: false,
                    menu: false, snippet: snippet(b === form ? form : b), text: b.textContent || ''});
              }
            }
            return out;
            """;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin.bonoivu", "sonoivu.haiphong", "vhxh.phulien", "truongphong.phulien", "canbo.phulien",
            "truongchinhtri.haiphong", "taichinh.haiphong"})
    void everyScreenReadsRightAndEveryLinkWorks(String role) throws Exception {
        Path downloads = Files.createTempDirectory("boiduong-downloads");
        driver.quit();
        driver = BrowserSupport.start(1280, 900, downloads);
        Crawl crawl = new Crawl(role, downloads, codeWords());
        crawl.run();
        String report = crawl.report();
        Path dir = Path.of("target", "crawl");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(role + ".md"), report);
        System.out.println(report);
        assertThat(crawl.count()).as(() -> "\n" + report).isZero();
    }

    /**
     * Words that are codes, never to be read as text: the constants of every enum in vn.boiduong, the values of the
     * schema's CHECK lists, the underscored string constants of the code, the audit trail's actions and object types,
     * the programme and target codes.
     */
    private Set<String> codeWords() throws IOException {
        Set<String> words = new TreeSet<>();
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes.resolve("vn/boiduong"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                    if (c.isEnum()) {
                        for (Object constant : c.getEnumConstants()) {
                            words.add(((Enum<?>) constant).name());
                        }
                    }
                } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                    // a class that does not load is no enum for us
                }
            }
        }
        Pattern checkList = Pattern.compile("(?i)in \\((('[A-Za-z_0-9]+'\\s*,?\\s*)+)\\)");
        Pattern quoted = Pattern.compile("'([A-Za-z_0-9]+)'");
        try (Stream<Path> sql = Files.list(classes.resolve("db/migration"))) {
            for (Path f : sql.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher m = checkList.matcher(Files.readString(f));
                while (m.find()) {
                    Matcher q = quoted.matcher(m.group(1));
                    while (q.find()) {
                        words.add(q.group(1));
                    }
                }
            }
        }
        Pattern underscored = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");
        try (Stream<Path> java = Files.walk(Path.of("src", "main", "java"))) {
            for (Path f : java.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = underscored.matcher(Files.readString(f));
                while (m.find()) {
                    words.add(m.group(1));
                }
            }
        }
        words.add("MET"); // a target's status (ProgressRules), a plain string constant without an underscore
        words.addAll(jdbc.sql("select distinct action from audit_event").query(String.class).list());
        words.addAll(jdbc.sql("select distinct entity from audit_event").query(String.class).list());
        words.addAll(jdbc.sql("select code from program where code like '%\\_%' union select code from target")
                .query(String.class).list());
        words.removeIf(w -> w.length() < 3 || NOT_CODES.contains(w));
        return words;
    }

    /** One role's walk. */
    private final class Crawl {

        final String role;
        final Path downloads;
        final Pattern codes;
        /** What is wrong → page pattern → the distinct findings there (each with the page it was seen on). */
        final Map<String, Map<String, Set<String>>> violations = new java.util.TreeMap<>();
        final Map<String, Integer> visitsByPattern = new HashMap<>();
        final Map<String, Integer> fetchesByPattern = new HashMap<>();
        final Set<String> visited = new LinkedHashSet<>();
        final Map<String, Integer> fetched = new HashMap<>();
        final Set<String> clickedKinds = new TreeSet<>();
        final List<String> slow = new ArrayList<>();
        final Map<String, String> fileKindOf = new HashMap<>();
        final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        final JavascriptExecutor js = (JavascriptExecutor) driver;
        final long started = System.currentTimeMillis();
        int pages;
        String cookies;

        Crawl(String role, Path downloads, Set<String> codeWords) {
            this.role = role;
            this.downloads = downloads;
            this.codes = Pattern.compile("(?<![\\p{L}\\p{N}_.])(" + codeWords.stream().sorted((a, b) -> b.length() - a.length())
                    .map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}_])");
        }

        String base() {
            return "http://localhost:" + port;
        }

        void run() throws Exception {
            BrowserSupport.login(driver, port, role, TestHttp.DEMO_PASSWORD);
            cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
            consoleErrors(base() + "/login");
            List<Map<String, Object>> home = visit(base() + "/");
            List<String> menu = new ArrayList<>();
            List<String> second = new ArrayList<>();
            for (Map<String, Object> link : home) {
                if (crawlable(link)) {
                    (Boolean.TRUE.equals(link.get("menu")) ? menu : second).add((String) link.get("url"));
                }
            }
            for (String url : menu) {
                Integer status = fetched.get(url);
                if (visited.contains(url) || status != null && status != 200) {
                    continue;
                }
                for (Map<String, Object> link : visit(url)) {
                    if (crawlable(link) && !Boolean.TRUE.equals(link.get("menu"))) {
                        second.add((String) link.get("url"));
                    }
                }
            }
            for (String url : second) {
                if (visited.contains(url) || pages >= MAX_PAGES) {
                    continue;
                }
                String pattern = pattern(url);
                Integer status = fetched.get(url);
                if (status != null && status != 200 || visitsByPattern.merge(pattern, 1, Integer::sum) > VISITS_PER_PATTERN) {
                    continue;
                }
                visit(url);
            }
            phoneHome();
        }

        boolean crawlable(Map<String, Object> link) {
            String url = (String) link.get("url");
            if (!url.startsWith(base()) || Boolean.TRUE.equals(link.get("destructive")) || "hx-get".equals(link.get("kind"))) {
                return false;
            }
            String path = URI.create(url).getPath();
            return !path.startsWith("/logout") && !url.contains("lang=") && !path.startsWith("/swagger-ui")
                    && !path.startsWith("/v3/api-docs") && !isFile(url);
        }

        boolean isFile(String url) {
            return FILE_EXTENSION.matcher(URI.create(url).getPath()).find() || fileKindOf.get(url) != null;
        }

        /** Opens a page, checks it, returns its links (each already checked for status and downloads). */
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> visit(String url) throws Exception {
            visited.add(url);
            pages++;
            driver.get(url);
            settle();
            String here = driver.getCurrentUrl();
            Map<String, Object> scan = (Map<String, Object>) js.executeScript(SCAN);
            String title = (String) scan.get("title");
            checkText(here, title, "title", "");
            for (List<Object> t : (List<List<Object>>) scan.get("texts")) {
                checkText(here, (String) t.get(0), (String) t.get(1), (String) t.get(2));
            }
            consoleErrors(here);
            List<Map<String, Object>> links = (List<Map<String, Object>>) scan.get("links");
            for (Map<String, Object> link : links) {
                checkLink(here, link);
            }
            return links;
        }

        void settle() {
            BrowserSupport.waitUntil(driver, d -> "complete".equals(js.executeScript("return document.readyState")));
            vn.boiduong.BrowserSteps.pause(120);
            BrowserSupport.waitUntil(driver, d -> Boolean.TRUE.equals(js.executeScript(
                    "return !document.querySelector('.htmx-request')")));
        }

        void checkText(String page, String text, String where, String column) {
            if (text == null || text.isBlank()) {
                return;
            }
            Matcher key = RAW_KEY.matcher(text);
            while (key.find()) {
                if (!NOT_A_KEY.matcher(key.group()).matches()) {
                        add(page, "raw message key", key.group(), where, text, key.start());
                }
            }
            if (!CODE_COLUMN.matcher(column).matches() && !CODE_LABEL.matcher(text).matches()) {
                Matcher code = codes.matcher(text);
                while (code.find()) {
                    add(page, "code shown as text", code.group(1), where, text, code.start());
                }
            }
            Matcher seed = SEED.matcher(text);
            while (seed.find()) {
                add(page, "the word \"seed\"", seed.group(), where, text, seed.start());
            }
            Matcher template = TEMPLATE.matcher(text);
            while (template.find()) {
                add(page, "template syntax", template.group(), where, text, template.start());
            }
            Matcher decimal = DECIMAL_POINT.matcher(ITEM_COLUMN.matcher(column).matches() ? "" : text);
            while (decimal.find()) {
                if (!LEGAL_ITEM_BEFORE.matcher(text.substring(0, decimal.start())).find()) {
                    add(page, "decimal point in a Vietnamese number", decimal.group(), where, text, decimal.start());
                }
            }
        }

        void consoleErrors(String page) {
            for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                // the page's own status is reported with the link that leads to it
                boolean ownStatus = e.getMessage().startsWith(page + " - Failed to load resource: the server responded");
                if (e.getLevel().intValue() >= Level.SEVERE.intValue() && !ownStatus) {
                    report(page, "console error", shorten(e.getMessage().replace(base(), ""), 300));
                }
            }
        }

        /** Status of the target (403/5xx are violations); a file must download and never be swapped into the page. */
        void checkLink(String page, Map<String, Object> link) throws Exception {
            String url = (String) link.get("url");
            if (!url.startsWith(base()) || url.contains("lang=") || URI.create(url).getPath().startsWith("/logout")
                    || Boolean.TRUE.equals(link.get("destructive"))) {
                return;
            }
            String snippet = (String) link.get("snippet");
            if (!fetched.containsKey(url)) {
                // an export costs seconds: a link named like a file is fetched once per path pattern and role; the
                // others of its pattern are checked for hx-boost without a request
                boolean named = FILE_EXTENSION.matcher(URI.create(url).getPath()).find();
                if (fetchesByPattern.merge(pattern(url) + "|" + link.get("kind"), 1, Integer::sum) > (named ? 1 : FETCHES_PER_PATTERN)) {
                    staticFileCheck(page, link, url);
                    return;
                }
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                        .header("Cookie", cookies);
                if ("hx-get".equals(link.get("kind"))) {
                    request.header("HX-Request", "true");
                }
                long t0 = System.currentTimeMillis();
                HttpResponse<Void> r = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                long ms = System.currentTimeMillis() - t0;
                if (ms > 1500) {
                    slow.add(path(url) + " " + ms + " ms");
                }
                fetched.put(url, r.statusCode());
                String kind = fileKind(r);
                fileKindOf.put(url, kind);
                if (r.statusCode() == 403 || r.statusCode() >= 500) {
                    report(page, "link answers " + (r.statusCode() == 403 ? "403" : "5xx"), r.statusCode() + " " + path(url)
                            + " ← " + shorten(snippet, 200));
                }
            }
            String kind = fileKindOf.get(url);
            if (kind == null || fetched.get(url) != 200) {
                return;
            }
            boolean safe = Boolean.TRUE.equals(link.get("download")) || Boolean.TRUE.equals(link.get("blank"))
                    || !Boolean.TRUE.equals(link.get("boosted"));
            if (!safe) {
                report(page, "file link swapped into the page by htmx (needs hx-boost=\"false\")", kind + ": "
                        + shorten(snippet, 220));
            }
            if (!"a".equals(link.get("kind")) && !"form".equals(link.get("kind"))) {
                return;
            }
            if (!kind.equals("inline") && clickedKinds.add(kind)) {
                click(page, link, kind);
            }
        }

        /** A link named like a file and not fetched: it must not be swapped into the page either. */
        void staticFileCheck(String page, Map<String, Object> link, String url) {
            Matcher extension = FILE_EXTENSION.matcher(URI.create(url).getPath());
            boolean safe = Boolean.TRUE.equals(link.get("download")) || Boolean.TRUE.equals(link.get("blank"))
                    || !Boolean.TRUE.equals(link.get("boosted"));
            if (extension.find() && !safe) {
                report(page, "file link swapped into the page by htmx (needs hx-boost=\"false\")",
                        extension.group(1) + ": " + shorten((String) link.get("snippet"), 220));
            }
        }

        /** Clicks the file link like a person and checks a non-empty file arrived and the page is still a page. */
        void click(String page, Map<String, Object> link, String kind) throws Exception {
            String url = (String) link.get("url");
            if (!driver.getCurrentUrl().equals(page)) {
                driver.get(page);
                settle();
            }
            Set<Path> before = listing();
            Object clicked = js.executeScript("""
                    const url = arguments[0], kind = arguments[1];
                    const el = [...document.querySelectorAll(kind === 'form'
                        ? 'form button:not([type]),form button[type=submit],form input[type=submit]' : 'a[href]')]
                      .find(e => kind === 'form' ? true : e.href === url);
                    if (!el) return false;
                    if (kind === 'form') {
                      const form = el.form, data = new URLSearchParams(new FormData(form));
                      if (el.name) data.append(el.name, el.value);
                      const action = new URL(el.getAttribute('formaction') || form.getAttribute('action') || location.pathname, location.href);
                      action.search = data.toString();
                      const match = [...form.querySelectorAll('button:not([type]),button[type=submit],input[type=submit]')]
                        .find(b => { const d = new URLSearchParams(new FormData(b.form)); if (b.name) d.append(b.name, b.value);
                          const u = new URL(b.getAttribute('formaction') || b.form.getAttribute('action') || location.pathname, location.href);
                          u.search = d.toString(); return u.href === url; });
                      if (!match) return false;
                      match.click();
                      return true;
                    }
                    el.click();
                    return true;
                    """, url, link.get("kind"));
            if (!Boolean.TRUE.equals(clicked)) {
                return;
            }
            Path arrived = null;
            for (int i = 0; i < 100 && arrived == null; i++) {
                vn.boiduong.BrowserSteps.pause(100);
                for (Path f : listing()) {
                    if (!before.contains(f) && !f.toString().endsWith(".crdownload") && Files.size(f) > 0) {
                        arrived = f;
                    }
                }
            }
            if (arrived == null) {
                report(page, "file link: no file arrived within 10 s of a click", kind + ": "
                        + shorten((String) link.get("snippet"), 220));
            }
            String body = String.valueOf(js.executeScript("return document.body ? document.body.innerText.substring(0, 5000) : ''"));
            if (body.contains("PK\u0003\u0004") || body.contains("[Content_Types]") || body.contains("%PDF-")
                    || body.chars().filter(c -> c == '\uFFFD').count() > 20) {
                report(page, "file link swapped binary into the page", kind + ": " + shorten((String) link.get("snippet"), 220));
            }
        }

        Set<Path> listing() throws IOException {
            try (Stream<Path> s = Files.list(downloads)) {
                return s.collect(Collectors.toSet());
            }
        }

        void phoneHome() throws Exception {
            driver.manage().window().setSize(new Dimension(390, 844));
            try {
                visit(base() + "/?phone");
            } finally {
                driver.manage().window().setSize(new Dimension(1280, 900));
            }
        }

        void add(String page, String what, String found, String where, String text, int at) {
            int from = Math.max(0, at - 50);
            int to = Math.min(text.length(), at + 60);
            String snippet = (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
            report(page, what, "«" + found + "» in " + where + ": \"" + snippet + "\"");
        }

        void report(String page, String what, String finding) {
            violations.computeIfAbsent(what, k -> new java.util.TreeMap<>())
                    .computeIfAbsent(pattern(page), k -> new LinkedHashSet<>()).add(finding + " (" + path(page) + ")");
        }

        int count() {
            return violations.values().stream().flatMap(m -> m.values().stream()).mapToInt(Set::size).sum();
        }

        String report() {
            long seconds = (System.currentTimeMillis() - started) / 1000;
            StringBuilder b = new StringBuilder();
            b.append("## ").append(role).append(": ").append(count()).append(" violation(s), ").append(pages)
                    .append(" pages, ").append(fetched.size()).append(" links checked, files clicked: ").append(clickedKinds)
                    .append(", ").append(seconds).append(" s\n");
            violations.forEach((what, byPage) -> {
                b.append("### ").append(role).append(": ").append(what).append('\n');
                byPage.forEach((page, found) -> {
                    b.append("- ").append(role).append(" | ").append(page).append(" | ").append(what).append(" | ")
                            .append(found.size()).append("×: ");
                    b.append(found.stream().limit(4).collect(Collectors.joining(" ‖ ")));
                    if (found.size() > 4) {
                        b.append(" ‖ … ").append(found.size() - 4).append(" more");
                    }
                    b.append('\n');
                });
            });
            if (!slow.isEmpty()) {
                b.append("(slow links, not a failure: ").append(slow).append(")\n");
            }
            return b.toString();
        }
    }

    /** The kind of file a response is (xlsx, pdf, docx, …; "inline" for one shown in the browser), null for a page. */
    static String fileKind(HttpResponse<?> r) {
        String disposition = r.headers().firstValue("Content-Disposition").orElse("");
        String type = r.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        boolean page = type.startsWith("text/html") || type.startsWith("application/json") || type.isEmpty()
                || type.startsWith("text/plain") || type.startsWith("application/problem");
        if (disposition.isEmpty() && page) {
            return null;
        }
        Matcher name = Pattern.compile("filename\\*?=(?:UTF-8'')?\"?([^\";]+)").matcher(disposition);
        String ext = name.find() && name.group(1).contains(".") ? name.group(1).substring(name.group(1).lastIndexOf('.') + 1)
                : type.contains("pdf") ? "pdf" : type.contains("spreadsheet") ? "xlsx" : type.contains("word") ? "docx"
                : type.replaceAll(";.*", "");
        if (disposition.startsWith("inline") && !ext.equalsIgnoreCase("pdf")) {
            return "inline";
        }
        return ext.toLowerCase(Locale.ROOT);
    }

    /** The path with ids normalised: /people/123/edit → /people/{id}/edit; query by parameter names only. */
    static String pattern(String url) {
        URI u = URI.create(url);
        String path = u.getPath().replaceAll("/\\d+(?=/|$|\\.)", "/{id}").replaceAll("/[A-Z0-9]+(_[A-Z0-9]+)+(?=/|$)", "/{code}");
        String query = u.getRawQuery() == null ? "" : Stream.of(u.getRawQuery().split("&")).map(p -> p.replaceAll("=.*", ""))
                .sorted().distinct().collect(Collectors.joining("&"));
        return path + (query.isEmpty() ? "" : "?" + query);
    }

    static String path(String url) {
        URI u = URI.create(url);
        String q = u.getRawQuery();
        return java.net.URLDecoder.decode(u.getRawPath() + (q == null ? "" : "?" + q), StandardCharsets.UTF_8);
    }

    static String shorten(String s, int max) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ");
        return one.length() > max ? one.substring(0, max) + "…" : one;
    }
}
