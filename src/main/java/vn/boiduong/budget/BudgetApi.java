package vn.boiduong.budget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/budget")
@Tag(name = "Kinh phí bồi dưỡng", description = "Dự toán và thực chi theo nguồn kinh phí, tổng hợp xã → tỉnh → toàn quốc")
class BudgetApi {

    private final Budget budget;

    BudgetApi(Budget budget) {
        this.budget = budget;
    }

    @GetMapping
    @Operation(summary = "Kinh phí của đơn vị và từng đơn vị trực thuộc trong một năm: dự toán theo kế hoạch, dự toán và thực chi các lớp theo nguồn")
    Budget.Report report(@Parameter(description = "Đơn vị (mặc định: đơn vị của người xem)") @RequestParam(required = false) Long unitId,
                         @Parameter(description = "Năm") @RequestParam int year) {
        return budget.under(unitId, year);
    }

    @GetMapping("/classes")
    @Operation(summary = "Các lớp trong phạm vi và năm, với dự toán và thực chi của từng lớp")
    List<BudgetQueries.ClassCost> classes(@RequestParam(required = false) Long unitId, @RequestParam int year) {
        return budget.classes(unitId, year);
    }
}
