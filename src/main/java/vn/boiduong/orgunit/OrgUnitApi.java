package vn.boiduong.orgunit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/org-units")
@Tag(name = "Đơn vị", description = "Cây đơn vị: quốc gia → tỉnh → xã/phường/đặc khu → cơ quan")
class OrgUnitApi {

    record Created(long id) {
    }

    record Move(long parentId, int version) {
    }

    private final OrgUnits units;

    OrgUnitApi(OrgUnits units) {
        this.units = units;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một đơn vị trong phạm vi của người dùng")
    OrgUnit get(@PathVariable long id) {
        return units.get(id);
    }

    @GetMapping("/{id}/children")
    @Operation(summary = "Các đơn vị trực thuộc")
    List<OrgUnit> children(@PathVariable long id) {
        return units.children(id);
    }

    @GetMapping
    @Operation(summary = "Tìm đơn vị theo tên (không dấu) hoặc mã, trong phạm vi")
    List<OrgUnit> search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) OrgUnit.Kind kind,
                         @RequestParam(defaultValue = "50") int limit) {
        return units.search(q, kind, limit);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm cơ quan, đơn vị trong xã")
    Created create(@RequestBody OrgUnits.NewAgency request) {
        return new Created(units.createAgency(request));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Đổi tên, loại, trạng thái (giữ lịch sử)")
    OrgUnit update(@PathVariable long id, @RequestBody OrgUnits.UnitChange change) {
        units.update(id, change);
        return units.get(id);
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Chuyển cơ quan sang đơn vị cha khác trong cùng xã (giữ lịch sử)")
    OrgUnit move(@PathVariable long id, @RequestBody Move move) {
        units.move(id, move.parentId(), move.version());
        return units.get(id);
    }
}
