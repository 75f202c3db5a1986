package vn.boiduong.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Trainees' past feedback (ý kiến học viên) on the demo's finished province class: about two thirds of its trainees
 * answered within ten days of the end. Plain SQL, as answers written in the past; the scores differ by criterion so
 * the bands differ (content Tốt, lecturers and usefulness Khá, organisation Trung bình).
 */
class FeedbackDemo {

    private static final Logger log = LoggerFactory.getLogger(FeedbackDemo.class);
    private static final List<String> COMMENTS = List.of(
            "Nội dung sát với nhiệm vụ của chính quyền cấp xã sau sắp xếp.",
            "Hội trường chật, âm thanh chưa tốt; đề nghị bố trí phòng học rộng hơn.",
            "Giảng viên nhiều ví dụ thực tế, dễ áp dụng.",
            "Nên tăng thời lượng thảo luận tình huống, giảm phần lý thuyết.",
            "Tài liệu gửi muộn; đề nghị gửi trước khi khai giảng.");

    private final JdbcClient jdbc;

    FeedbackDemo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void load() {
        Long classId = jdbc.sql("""
                        select id from training_class where program_code = 'QLNN_CHUNG_2CAP' and status = 'FINISHED'
                        and name like '%Đợt 3' order by id limit 1""").query(Long.class).optional().orElse(null);
        if (classId == null) {
            return;
        }
        List<Long> trainees = jdbc.sql("select id from enrollment where class_id = :c and status in ('COMPLETED', 'NOT_COMPLETED') order by id")
                .param("c", classId).query(Long.class).list();
        int answered = 0;
        for (int r = 0; r < trainees.size(); r++) {
            if (r % 3 == 2) {
                continue; // a third did not answer
            }
            jdbc.sql("""
                            insert into class_feedback (enrollment_id, class_id, provider_id, content, lecturers, organisation,
                                usefulness, comment, submitted_at)
                            select :e, c.id, c.provider_id, :content, :lecturers, :organisation, :usefulness, :comment,
                                   (c.ends_on + :days) + time '09:00' at time zone 'Asia/Ho_Chi_Minh'
                            from training_class c where c.id = :c
                            """)
                    .param("e", trainees.get(r)).param("c", classId).param("content", 8 + r % 3)
                    .param("lecturers", 6 + r % 4).param("organisation", 4 + (r * 7) % 3).param("usefulness", 5 + (r * 3) % 4)
                    .param("comment", r % 4 == 1 ? COMMENTS.get(r / 4 % COMMENTS.size()) : null).param("days", 1 + r % 10)
                    .update();
            answered++;
        }
        log.info("Demo feedback: {} of {} trainees answered on class {}", answered, trainees.size(), classId);
    }
}
