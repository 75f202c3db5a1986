package vn.boiduong.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/people")
@Tag(name = "Cán bộ, công chức", description = "Hồ sơ điện tử")
class PersonApi {

    record CitizenId(String citizenId) {
    }

    record Created(long id) {
    }

    record Leave(String status, String leftOn, String reason, int version) {
    }

    record Started(long importId) {
    }

    private final People people;
    private final PersonRegistry registry;
    private final PersonImport imports;

    PersonApi(People people, PersonRegistry registry, PersonImport imports) {
        this.people = people;
        this.registry = registry;
        this.imports = imports;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tạo hồ sơ (giá trị như người dùng nhập: ngày dd/MM/yyyy, danh mục theo mã hoặc nhãn)")
    Created create(@RequestBody PersonInput input) {
        return new Created(registry.create(input));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa hồ sơ; version là phiên bản đã đọc (409 nếu người khác đã sửa trước)")
    Person update(@PathVariable long id, @RequestParam int version, @RequestBody PersonInput input) {
        registry.update(id, input, version);
        return people.get(id);
    }

    @PostMapping("/{id}/leave")
    @Operation(summary = "Nghỉ hưu, chuyển công tác, tinh giản (hồ sơ được giữ, đánh dấu)")
    Person leave(@PathVariable long id, @RequestBody Leave leave) {
        registry.leave(id, leave.status(), leave.leftOn(), leave.reason(), leave.version());
        return people.get(id);
    }

    record NewQualification(String programCode, String forPosition, String certificateNo, String issuedOn, String issuer) {
    }

    @GetMapping("/{id}/qualifications")
    @Operation(summary = "Chứng chỉ của một người")
    List<Qualification> qualifications(@PathVariable long id) {
        return people.qualifications(id);
    }

    @PostMapping("/{id}/qualifications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ghi nhận chứng chỉ (CMCN của vị trí việc làm đáp ứng yêu cầu chuyên môn — Kế hoạch 219/KH-UBND, mục III.1.a)")
    Created addQualification(@PathVariable long id, @RequestBody NewQualification q) {
        return new Created(registry.addQualification(id, q.programCode(), q.forPosition(), q.certificateNo(), q.issuedOn(), q.issuer()));
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Tải lên danh sách XLSX; kiểm tra chạy nền, xem kết quả ở /api/people/import/{id}")
    Started importRoster(@RequestParam("file") MultipartFile file) throws IOException {
        return new Started(imports.start(file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/import/{id}")
    @Operation(summary = "Tiến độ và kết quả kiểm tra / ghi một lần nhập")
    ImportJob importJob(@PathVariable long id) {
        return imports.get(id);
    }

    @PostMapping("/import/{id}/commit")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Ghi danh sách đã kiểm tra (tất cả hoặc không gì cả)")
    void commitImport(@PathVariable long id) {
        imports.commit(id);
    }

    @GetMapping
    @Operation(summary = "Danh sách trong phạm vi, sắp xếp theo tên (tên, đệm, họ); tìm không dấu")
    People.Page list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
                     @RequestParam(required = false) String kind, @RequestParam(required = false) Boolean leader,
                     @RequestParam(defaultValue = "ACTIVE") String status, @RequestParam(required = false) String gender,
                     @RequestParam(required = false) String position, @RequestParam(required = false) String education,
                     @RequestParam(required = false) String theory, @RequestParam(required = false) String stateMgmt,
                     @RequestParam(required = false) String age, @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "50") int size) {
        return people.list(PersonController.query(unitId, q, kind, leader, status, gender, position, education, theory,
                stateMgmt, age), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Hồ sơ một người (số định danh che)")
    Person get(@PathVariable long id) {
        return people.get(id);
    }

    @GetMapping("/{id}/assignments")
    @Operation(summary = "Quá trình công tác")
    List<Assignment> assignments(@PathVariable long id) {
        return people.workHistory(id);
    }

    @PostMapping("/{id}/citizen-id")
    @Operation(summary = "Xem đầy đủ số định danh cá nhân (được ghi nhật ký)")
    CitizenId citizenId(@PathVariable long id) {
        return new CitizenId(people.revealCitizenId(id));
    }
}
