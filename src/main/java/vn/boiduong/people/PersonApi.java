package vn.boiduong.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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

    private final People people;

    PersonApi(People people) {
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "Danh sách trong phạm vi, sắp xếp theo tên (tên, đệm, họ); tìm không dấu")
    People.Page list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
                     @RequestParam(required = false) String kind, @RequestParam(required = false) Boolean leader,
                     @RequestParam(defaultValue = "ACTIVE") String status, @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "50") int size) {
        return people.list(new PersonQuery(unitId, q, kind, leader, status.isBlank() ? null : status), page, size);
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
