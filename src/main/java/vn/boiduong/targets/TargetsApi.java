package vn.boiduong.targets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Chỉ tiêu và tiến độ", description = "Chỉ tiêu của Đề án (QĐ 700/QĐ-TTg), kế hoạch tỉnh, chương trình hành động; "
        + "số liệu tổng hợp sẵn theo cấp: toàn quốc → tỉnh → xã → cơ quan")
class TargetsApi {

    private final TargetAdmin admin;
    private final Dashboards dashboards;
    private final GapPeople people;
    private final TargetFacts facts;

    TargetsApi(TargetAdmin admin, Dashboards dashboards, GapPeople people, TargetFacts facts) {
        this.admin = admin;
        this.dashboards = dashboards;
        this.people = people;
        this.facts = facts;
    }

    @GetMapping("/api/targets")
    @Operation(summary = "Các chỉ tiêu trong phạm vi: của Bộ (áp dụng toàn quốc) và của tỉnh (áp dụng trong tỉnh)")
    List<Target> list() {
        return admin.list();
    }

    @GetMapping("/api/targets/{id}")
    @Operation(summary = "Một chỉ tiêu: đối tượng, điều kiện, giá trị, thời hạn, cấp áp dụng, nguồn")
    Target get(@PathVariable long id) {
        return admin.get(id);
    }

    @PostMapping("/api/targets")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm chỉ tiêu (Bộ Nội vụ hoặc Sở Nội vụ; chỉ tiêu của tỉnh chỉ áp dụng trong tỉnh)")
    Target create(@RequestBody TargetInput input) {
        return admin.create(input);
    }

    @PutMapping("/api/targets/{id}")
    @Operation(summary = "Sửa chỉ tiêu của đơn vị mình; gửi kèm version đã đọc (409 nếu đã có người sửa)")
    Target update(@PathVariable long id, @RequestBody TargetInput input) {
        return admin.update(id, input);
    }

    @GetMapping("/api/dashboard")
    @Operation(summary = "Bảng theo dõi của một đơn vị: thẻ chỉ tiêu, ma trận đơn vị trực thuộc × chỉ tiêu, cột việc chậm, lịch sử theo tháng")
    Dashboard dashboard(@Parameter(description = "Đơn vị (mặc định: đơn vị của người xem)") @RequestParam(required = false) Long unit) {
        return dashboards.dashboard(unit);
    }

    @GetMapping("/api/targets/{id}/people")
    @Operation(summary = "Những người chưa đạt chỉ tiêu trong một xã hoặc cơ quan (theo thứ tự tên, tìm không dấu)")
    GapPeople.Page people(@PathVariable long id, @RequestParam Long unit, @RequestParam(required = false) String q,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return people.list(id, unit, q, page, size);
    }

    @PostMapping("/api/targets/facts/rebuild")
    @Operation(summary = "Tính lại toàn bộ số liệu tổng hợp (kèm 12 tháng trước); chỉ Bộ Nội vụ; trả về thời gian đã dùng")
    TargetFacts.Rebuilt rebuild() {
        return facts.rebuild();
    }
}
