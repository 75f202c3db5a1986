package vn.boiduong.targets;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import vn.boiduong.security.ExportAudit;
import vn.boiduong.shared.Dates;

/**
 * The dashboard pages: /targets (cards, matrix of child units × targets with the late columns, charts with their
 * tables, each exportable) and the people who make a gap. Chart data is a JSON data block read by targets.js.
 */
@Controller
class TargetsController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Dashboards dashboards;
    private final GapPeople people;
    private final MessageSource messages;
    private final vn.boiduong.security.AccessPolicy access;
    private final ExportAudit exports;

    TargetsController(Dashboards dashboards, GapPeople people, MessageSource messages, vn.boiduong.security.AccessPolicy access,
                      ExportAudit exports) {
        this.exports = exports;
        this.access = access;
        this.dashboards = dashboards;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/targets")
    String dashboard(@RequestParam(required = false) Long unit, Model model, jakarta.servlet.http.HttpServletRequest request) {
        Dashboard d = dashboards.dashboard(unit);
        model.addAttribute("d", d);
        model.addAttribute("chartJson", chartJson(d));
        model.addAttribute("matrixRows", MatrixRows.html(d, request.getContextPath(),
                d.unit().level() >= 1 && access.can(vn.boiduong.security.Permission.PEOPLE_READ)));
        return "targets/dashboard";
    }

    @GetMapping("/targets/{id}/people")
    String people(@PathVariable long id, @RequestParam Long unit, @RequestParam(required = false) String q,
                  @RequestParam(defaultValue = "0") int page, @RequestHeader(value = "HX-Target", required = false) String htmxTarget,
                  Model model) {
        model.addAttribute("list", people.list(id, unit, q, page, 50));
        return "results".equals(htmxTarget) ? "targets/people :: results" : "targets/people";
    }

    @GetMapping("/targets/{id}/people.xlsx")
    void peopleXlsx(@PathVariable long id, @RequestParam Long unit, @RequestParam(required = false) String q,
                    HttpServletResponse response) throws IOException {
        GapPeople.Page list = people.list(id, unit, q, 0, 5_000);
        List<List<Object>> rows = new ArrayList<>();
        int i = 1;
        for (GapPeople.Person p : list.items()) {
            rows.add(List.of(i++, p.fullName(), p.personnelCode(), p.title(), p.unitName()));
        }
        exports.exported("target_people", null, rows.size(), "targetId", id, "unit", unit, "q", q);
        send(response, "nguoi-chua-dat.xlsx", text("targets.people.title", list.targetName(), list.unitName()),
                text("targets.people.headers"), rows);
    }

    /** The table behind one chart: matrix, history, programs or effects. */
    @GetMapping("/targets/export/{table}.xlsx")
    void export(@PathVariable String table, @RequestParam(required = false) Long unit, HttpServletResponse response) throws IOException {
        Dashboard d = dashboards.dashboard(unit);
        List<List<Object>> rows = new ArrayList<>();
        String headers;
        switch (table) {
            case "matrix" -> {
                StringBuilder h = new StringBuilder(text("targets.col.unit"));
                d.columns().forEach(c -> h.append('|').append(c.label()));
                h.append('|').append(text("targets.col.overdueEffects"));
                headers = h.toString();
                for (Dashboard.ChildRow r : d.rows()) {
                    List<Object> row = new ArrayList<>();
                    row.add(r.name());
                    d.columns().forEach(c -> {
                        Dashboard.Cell cell = r.cells().get(c.targetId());
                        row.add(cell == null || cell.value() == null ? "" : cell.value());
                    });
                    row.add(r.effect().overdue());
                    rows.add(row);
                }
            }
            case "history" -> {
                StringBuilder h = new StringBuilder(text("targets.col.target"));
                if (!d.history().isEmpty()) {
                    d.history().get(0).periods().forEach(p -> h.append('|').append(p.getMonthValue()).append('/').append(p.getYear()));
                }
                headers = h.toString();
                for (Dashboard.History hist : d.history()) {
                    List<Object> row = new ArrayList<>();
                    row.add(hist.label());
                    hist.values().forEach(v -> row.add(v == null ? "" : v));
                    rows.add(row);
                }
            }
            case "programs" -> {
                headers = text("targets.programs.headers");
                d.programs().forEach(p -> rows.add(List.of(p.code(), p.name(), p.sent(), p.completed(), p.passed(), p.reported())));
            }
            case "effects" -> {
                headers = text("targets.effects.headers");
                d.rows().forEach(r -> rows.add(List.of(r.name(), r.effect().completed(), r.effect().due(), r.effect().signed(),
                        r.effect().overdue())));
            }
            default -> throw new vn.boiduong.shared.Problems.NotFound("table", table);
        }
        send(response, "chi-tieu-" + table + ".xlsx", d.unit().name() + " — " + Dates.format(d.asOf()), headers, rows);
    }

    private void send(HttpServletResponse response, String file, String title, String headers, List<List<Object>> rows) throws IOException {
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        TargetSheets.write(response.getOutputStream(), text("targets.xlsx.sheet"), title, List.of(headers.split("\\|")), rows);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The charts' data, embedded as JSON ("<" escaped so no text can close the data block). */
    static String chartJson(Dashboard d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("periods", d.history().isEmpty() ? List.of()
                : d.history().get(0).periods().stream().map(p -> String.format("%02d/%d", p.getMonthValue(), p.getYear())).toList());
        m.put("history", d.history().stream().map(h -> Map.of("code", h.code(), "label", h.label(), "values", h.values())).toList());
        m.put("children", d.rows().stream().map(Dashboard.ChildRow::name).toList());
        List<Map<String, Object>> byChild = new ArrayList<>();
        for (Dashboard.Column c : d.columns()) {
            List<Object> values = d.rows().stream().map(r -> {
                Dashboard.Cell cell = r.cells().get(c.targetId());
                return cell == null ? null : (Object) cell.value();
            }).toList();
            byChild.add(Map.of("code", c.code(), "label", c.label(), "target", c.target(), "values", values));
        }
        m.put("byChild", byChild);
        m.put("programs", d.programs().stream().map(p -> List.of(p.label(), p.sent(), p.completed(), p.passed())).toList());
        m.put("effects", d.rows().stream().map(r -> r.effect().percentOfDue() == null ? null : r.effect().percentOfDue()).toList());
        return JSON.writeValueAsString(m).replace("<", "\\u003c");
    }
}
