package vn.boiduong.standards;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.boiduong.people.People;

@RestController
@Tag(name = "Chuẩn vị trí việc làm", description = "Danh mục vị trí, tiêu chuẩn, đối chiếu và danh sách cần bồi dưỡng ngay")
class StandardsApi {

    record Created(long id) {
    }

    private final Standards standards;
    private final GapAnalysis analysis;
    private final GapQueries queries;
    private final Explanations explanations;
    private final People people;

    StandardsApi(Standards standards, GapAnalysis analysis, GapQueries queries, Explanations explanations, People people) {
        this.standards = standards;
        this.analysis = analysis;
        this.queries = queries;
        this.explanations = explanations;
        this.people = people;
    }

    @GetMapping("/api/standards/positions")
    @Operation(summary = "Vị trí việc làm, chức danh và tiêu chuẩn hiện hành")
    Map<String, Object> positions() {
        return Map.of("positions", standards.positions(), "requirements", standards.currentRequirements());
    }

    @GetMapping("/api/standards/positions/{code}/history")
    @Operation(summary = "Mọi phiên bản tiêu chuẩn của một vị trí")
    List<Requirement> history(@PathVariable String code) {
        return standards.history(code);
    }

    @PutMapping("/api/standards/requirements/{id}")
    @Operation(summary = "Sửa tiêu chuẩn (tạo phiên bản mới, giữ lịch sử); Sở Nội vụ, Bộ Nội vụ")
    Created change(@PathVariable long id, @RequestBody Standards.RequirementInput input) {
        return new Created(standards.change(id, input));
    }

    @PostMapping("/api/standards/positions/{code}/requirements")
    @ResponseStatus(HttpStatus.CREATED)
    Created add(@PathVariable String code, @RequestBody Standards.RequirementInput input) {
        return new Created(standards.add(code, input));
    }

    @GetMapping("/api/people/{id}/standard")
    @Operation(summary = "Đối chiếu một người với tiêu chuẩn vị trí: đạt, thiếu, vì sao, khóa cần học")
    List<Explanations.Line> personStandard(@PathVariable long id, HttpServletRequest request) {
        people.get(id);
        return explanations.lines(analysis.evaluate(id), RequestContextUtils.getLocale(request));
    }

    @PostMapping("/api/people/{id}/gaps/recompute")
    @Operation(summary = "Đối chiếu lại một người (thường tự động khi hồ sơ, chứng chỉ hoặc tiêu chuẩn thay đổi)")
    GapAnalysis.Recomputed recomputePerson(@PathVariable long id) {
        people.get(id);
        return analysis.recomputePerson(id);
    }

    @GetMapping("/api/gaps/needs")
    @Operation(summary = "Danh sách cần bồi dưỡng ngay, theo thứ tự ưu tiên (001 IV.2)")
    GapQueries.NeedsPage needs(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String category,
                               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return queries.needs(unitId, category, page, size);
    }

    @GetMapping("/api/gaps/units")
    @Operation(summary = "Cảnh báo thiếu chuẩn theo đơn vị trực thuộc")
    List<GapQueries.UnitRow> units(@RequestParam(required = false) Long unitId) {
        return queries.byUnit(unitId);
    }

    @PostMapping("/api/gaps/recompute")
    @Operation(summary = "Tính lại toàn bộ trong phạm vi")
    GapAnalysis.Recomputed recompute() {
        return analysis.recomputeScope();
    }
}
