package vn.boiduong.catalog;

import io.swagger.v3.oas.annotations.Operation;
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
import vn.boiduong.shared.Problems;

@RestController
@Tag(name = "Danh mục chương trình bồi dưỡng", description = "Chương trình, thời gian, đối tượng, đơn vị tổ chức, chứng chỉ")
class CatalogApi {

    record Created(long id, String code) {
    }

    /** A change: the programme's fields as typed, and the version that was read (optimistic locking). */
    record ProgramChange(String name, String category, String durationDays, String durationText, String targetGroup,
                         String organiser, String certificate, String phase, String sourceRef, Integer version) {
    }

    record ActiveChange(Boolean active, Integer version) {
    }

    private final Catalog catalog;

    CatalogApi(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/catalog/programs")
    @Operation(summary = "Chương trình trong phạm vi được xem; lọc theo từ khóa (không cần dấu), nhóm, giai đoạn")
    List<Program> programs(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                           @RequestParam(required = false) String phase,
                           @RequestParam(defaultValue = "false") boolean inactive) {
        var problems = Problems.collect();
        if (category != null && !category.isBlank() && !Program.CATEGORIES.contains(category)) {
            problems.add("category", "validation.unknownCode", category, String.join(", ", Program.CATEGORIES));
        }
        if (phase != null && !phase.isBlank() && !phase.equals("1") && !phase.equals("2")) {
            problems.add("phase", "catalog.validation.phase", phase);
        }
        problems.throwIfAny();
        return CatalogFilter.of(q, category, phase, inactive).apply(catalog);
    }

    @GetMapping("/api/catalog/programs/{code}")
    @Operation(summary = "Một chương trình theo mã")
    Program program(@PathVariable String code) {
        return catalog.get(code);
    }

    @PostMapping("/api/catalog/programs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm chương trình: Bộ Nội vụ (toàn quốc) hoặc Sở Nội vụ (chương trình của tỉnh)")
    Created add(@RequestBody ProgramInput input) {
        long id = catalog.add(input);
        return new Created(id, catalog.find(input.code().strip().toUpperCase(java.util.Locale.ROOT)).orElseThrow().code());
    }

    @PutMapping("/api/catalog/programs/{code}")
    @Operation(summary = "Sửa chương trình (mã giữ nguyên); gửi kèm version đã đọc, 409 nếu đã có người sửa trước")
    Program change(@PathVariable String code, @RequestBody ProgramChange body) {
        catalog.change(code, new ProgramInput(code, body.name(), body.category(), body.durationDays(), body.durationText(),
                body.targetGroup(), body.organiser(), body.certificate(), body.phase(), body.sourceRef()), version(body.version()));
        return catalog.get(code);
    }

    @PutMapping("/api/catalog/programs/{code}/active")
    @Operation(summary = "Ngừng sử dụng hoặc dùng lại một chương trình; gửi kèm version đã đọc")
    Program setActive(@PathVariable String code, @RequestBody ActiveChange body) {
        if (body.active() == null) {
            throw new Problems.InvalidInput("active", "validation.required");
        }
        catalog.setActive(code, body.active(), version(body.version()));
        return catalog.get(code);
    }

    private static int version(Integer version) {
        if (version == null) {
            throw new Problems.InvalidInput("version", "validation.required");
        }
        return version;
    }
}
