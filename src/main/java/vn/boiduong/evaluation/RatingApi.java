package vn.boiduong.evaluation;

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
@Tag(name = "Đánh giá, xếp loại hằng quý, hằng năm", description = "Tự đánh giá, thủ trưởng nhận xét, phê duyệt, mở lại có lý do; "
        + "xếp loại năm; cảnh báo 2 quý liên tiếp không hoàn thành (Chương trình hành động 17-CTr/ĐU, mục III.3; NĐ 335/2025)")
class RatingApi {

    record Version(Integer version) {
    }

    record Reopen(String reason, Integer version) {
    }

    record IndicatorChange(Integer version, List<RatingIndicators.IndicatorInput> indicators) {
    }

    record Created(long id) {
    }

    record Stored(int stored) {
    }

    private final Ratings ratings;
    private final RatingQueries queries;
    private final RatingAlerts alerts;
    private final RatingYear years;
    private final RatingIndicators indicators;
    private final Disciplines disciplines;

    RatingApi(Ratings ratings, RatingQueries queries, RatingAlerts alerts, RatingYear years, RatingIndicators indicators,
              Disciplines disciplines) {
        this.ratings = ratings;
        this.queries = queries;
        this.alerts = alerts;
        this.years = years;
        this.indicators = indicators;
        this.disciplines = disciplines;
    }

    @GetMapping("/api/evaluations/ratings/mine")
    @Operation(summary = "Các phiếu đánh giá của tôi")
    List<Rating> mine() {
        return ratings.mine();
    }

    @PostMapping("/api/evaluations/ratings/mine")
    @Operation(summary = "Tự đánh giá quý (quý hiện tại hoặc quý trước): giá trị 0–100 cho từng chỉ số")
    Rating selfAssess(@RequestBody Ratings.SelfInput input) {
        return ratings.selfAssess(input);
    }

    @GetMapping("/api/evaluations/ratings/{id}")
    Rating get(@PathVariable long id) {
        return ratings.get(id);
    }

    @GetMapping("/api/evaluations/ratings/people/{personId}")
    @Operation(summary = "Lịch sử đánh giá của một người")
    List<Rating> history(@PathVariable long personId) {
        return ratings.history(personId);
    }

    @GetMapping("/api/evaluations/ratings/people/{personId}/{period}")
    Rating ofPeriod(@PathVariable long personId, @PathVariable String period) {
        return ratings.find(personId, period).orElseThrow(() -> new Problems.NotFound("rating", personId + "/" + period));
    }

    @PutMapping("/api/evaluations/ratings/people/{personId}/{period}/review")
    @Operation(summary = "Thủ trưởng đơn vị nhận xét, chấm điểm quý (giữ cả điểm tự đánh giá)")
    Rating review(@PathVariable long personId, @PathVariable String period, @RequestBody Ratings.ReviewInput input) {
        return ratings.review(personId, period, input);
    }

    @PostMapping("/api/evaluations/ratings/{id}/approve")
    @Operation(summary = "Phê duyệt kết quả quý (thay mặt lãnh đạo xã)")
    Rating approve(@PathVariable long id, @RequestBody Version body) {
        return ratings.approve(id, body.version() == null ? -1 : body.version());
    }

    @PostMapping("/api/evaluations/ratings/{id}/reopen")
    @Operation(summary = "Mở lại kết quả đã phê duyệt, bắt buộc ghi lý do")
    Rating reopen(@PathVariable long id, @RequestBody Reopen body) {
        return ratings.reopen(id, body.reason(), body.version() == null ? -1 : body.version());
    }

    @GetMapping("/api/evaluations/ratings/units")
    List<RatingQueries.Unit> units() {
        return queries.units();
    }

    @GetMapping("/api/evaluations/ratings/units/{unitId}")
    @Operation(summary = "Cán bộ của đơn vị và kết quả quý (period dạng 2026-Q3)")
    List<RatingQueries.StaffLine> unitQuarter(@PathVariable long unitId, @RequestParam String period) {
        RatingPeriod p = RatingPeriod.parse(period).filter(RatingPeriod::isQuarter)
                .orElseThrow(() -> new Problems.InvalidInput("period", "rating.period.invalid", period));
        return queries.unitQuarter(unitId, p);
    }

    @GetMapping("/api/evaluations/ratings/queue")
    @Operation(summary = "Kết quả quý chờ phê duyệt trong phạm vi")
    List<Rating> queue() {
        return queries.queue();
    }

    @GetMapping("/api/evaluations/ratings/alerts")
    @Operation(summary = "Cán bộ không hoàn thành nhiệm vụ 2 quý liên tiếp, kèm lịch sử (Chương trình hành động 17-CTr/ĐU, mục III.3)")
    List<RatingAlerts.Alert> alerts() {
        return alerts.list();
    }

    @GetMapping("/api/evaluations/ratings/units/{unitId}/year/{year}")
    @Operation(summary = "Đề xuất xếp loại năm của đơn vị: quý × 80% + hiệu quả sau bồi dưỡng × 20%, kỷ luật, < 6 tháng, trần 20% xuất sắc")
    RatingYear.Proposal year(@PathVariable long unitId, @PathVariable int year) {
        return years.proposal(unitId, year);
    }

    @PostMapping("/api/evaluations/ratings/units/{unitId}/year/{year}/approve")
    Stored approveYear(@PathVariable long unitId, @PathVariable int year) {
        return new Stored(years.approve(unitId, year));
    }

    @GetMapping("/api/evaluations/ratings/indicator-sets")
    @Operation(summary = "Bộ chỉ số hiện hành theo chức danh, nhóm chức danh")
    List<IndicatorSet> indicatorSets() {
        return indicators.current();
    }

    @GetMapping("/api/evaluations/ratings/indicator-sets/{appliesTo}/history")
    List<IndicatorSet> indicatorHistory(@PathVariable String appliesTo) {
        return indicators.history(appliesTo);
    }

    @PutMapping("/api/evaluations/ratings/indicator-sets/{appliesTo}")
    @Operation(summary = "Sửa bộ chỉ số (tạo phiên bản mới; tổng trọng số 100; đủ 4 nhóm); Sở Nội vụ, Bộ Nội vụ")
    Created changeIndicators(@PathVariable String appliesTo, @RequestBody IndicatorChange body) {
        return new Created(indicators.change(appliesTo, body.indicators(), body.version() == null ? -1 : body.version()));
    }

    @GetMapping("/api/evaluations/ratings/discipline")
    List<Disciplines.Discipline> discipline(@RequestParam int year) {
        return disciplines.list(year);
    }

    @PostMapping("/api/evaluations/ratings/discipline")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ghi quyết định kỷ luật trong năm (xếp loại năm: không hoàn thành nhiệm vụ)")
    Created addDiscipline(@RequestBody Disciplines.DisciplineInput input) {
        return new Created(disciplines.add(input));
    }
}
