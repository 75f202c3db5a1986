package vn.boiduong.people;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.Xlsx;
import vn.boiduong.shared.VietnameseText;

/**
 * The personnel spreadsheet: one layout for the blank template, the export and the import, so that an
 * exported list can be corrected and uploaded again. Coded columns get drop-down lists from a hidden sheet.
 */
@Component
public class PersonSpreadsheet {

    public static final String DATA_SHEET = "Danh sách";
    static final int MAX_ROWS = 200_000;
    private static final int VALIDATED_ROWS = 5_000;

    private final Codebook codes;
    private final MessageSource messages;

    PersonSpreadsheet(Codebook codes, MessageSource messages) {
        this.codes = codes;
        this.messages = messages;
    }

    /** Column headers (Vietnamese), required ones marked with "*". */
    public List<String> headers() {
        List<String> headers = new ArrayList<>();
        for (var e : PersonInput.COLUMNS.entrySet()) {
            String label = messages.getMessage(e.getValue(), null, e.getKey(), VietnameseText.VI);
            headers.add(REQUIRED.contains(e.getKey()) ? label + " *" : label);
        }
        return headers;
    }

    static final List<String> REQUIRED = List.of("fullName", "birthDate", "gender", "ethnicity", "staffKind", "title", "unitCode");

    /** Which coded list each column draws from (column index → list). */
    private Map<Integer, Codebook.Field> lists() {
        List<String> cols = new ArrayList<>(PersonInput.COLUMNS.keySet());
        return Map.of(cols.indexOf("gender"), codes.gender, cols.indexOf("ethnicity"), codes.ethnicity,
                cols.indexOf("staffKind"), codes.staffKind, cols.indexOf("leader"), codes.yesNo,
                cols.indexOf("rank"), codes.rank, cols.indexOf("educationLevel"), codes.education,
                cols.indexOf("politicalTheory"), codes.politicalTheory, cols.indexOf("stateManagement"), codes.stateManagement,
                cols.indexOf("itLevel"), codes.it, cols.indexOf("partyCommittee"), codes.yesNo);
    }

    public void writeTemplate(OutputStream out) throws IOException {
        write(out, rows -> { });
    }

    /** Writes the layout and the rows the producer hands over (as they would be typed). */
    public void write(OutputStream out, Consumer<Consumer<PersonInput>> producer) throws IOException {
        Workbook wb = new Workbook(out, "Boi duong", "1.0");
        Worksheet ws = wb.newWorksheet(DATA_SHEET);
        List<String> headers = headers();
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
            ws.width(c, c == 1 || c == 9 ? 30 : 16);
        }
        ws.range(0, 0, 0, headers.size() - 1).style().bold().wrapText(true).fillColor("F2DCDB").set();
        ws.freezePane(2, 1);
        int[] row = {1};
        producer.accept(input -> {
            String[] values = input.values();
            for (int c = 0; c < values.length; c++) {
                if (values[c] != null && !values[c].isEmpty()) {
                    ws.value(row[0], c, Xlsx.safeText(values[c]));
                }
            }
            row[0]++;
        });
        Worksheet lists = wb.newWorksheet("Danh mục");
        int listCol = 0;
        for (var e : lists().entrySet()) {
            List<String> labels = e.getValue().labelList();
            for (int i = 0; i < labels.size(); i++) {
                lists.value(i, listCol, labels.get(i));
            }
            ws.range(1, e.getKey(), Math.max(VALIDATED_ROWS, row[0] + 100), e.getKey())
                    .validateWithList(lists.range(0, listCol, labels.size() - 1, listCol))
                    .allowBlank(true).showErrorMessage(true).errorTitle("Giá trị không có trong danh mục")
                    .error("Hãy chọn một giá trị trong danh sách.");
            listCol++;
        }
        lists.setVisibilityState(VisibilityState.HIDDEN);
        Worksheet help = wb.newWorksheet("Hướng dẫn");
        String[] lines = {
                "Mẫu danh sách cán bộ, công chức — Bồi dưỡng",
                "1. Mỗi dòng của trang \"Danh sách\" là một người; các cột có dấu * là bắt buộc.",
                "2. Ngày ghi theo dạng dd/MM/yyyy (ví dụ 05/01/1985) hoặc định dạng ngày của Excel.",
                "3. Các cột có danh mục: chọn trong danh sách thả xuống (Giới tính, Dân tộc, Loại cán bộ, Trình độ...).",
                "4. Mã đơn vị: mã của xã/phường hoặc cơ quan trong phạm vi của bạn (ví dụ 11446-VHXH).",
                "5. Nhập lại cùng tệp sẽ cập nhật hồ sơ đã có (khóa: Mã hồ sơ, hoặc Số định danh cá nhân), không tạo trùng.",
                "6. Số định danh cá nhân gồm 12 chữ số; hãy định dạng cột là Văn bản để giữ số 0 đầu.",
                "7. Không dùng công thức trong ô; hãy dán giá trị.",
                "Dữ liệu đơn vị hành chính: vietnamese-address-database (MIT)."};
        for (int i = 0; i < lines.length; i++) {
            help.value(i, 0, lines[i]);
        }
        help.width(0, 110);
        help.style(0, 0).bold().set();
        wb.finish();
    }

    /** A person's file as spreadsheet text (the inverse of the import). */
    public PersonInput toInput(Person p, String unitCode) {
        return toInput(p.personnelCode(), p.fullName(), new NewPerson(p.personnelCode(), null, p.birthDate(), p.gender(),
                p.ethnicityCode(), p.citizenId(), p.partyMemberSince(), p.staffKind(), p.leader(), p.title(), p.jobPositionCode(),
                p.rankCode(), p.educationLevel(), p.educationField(), p.politicalTheory(), p.stateManagement(), p.itLevel(),
                p.languageLevel(), p.sciTechBackground(), p.partyCommitteeMember(), p.affectedByReorg(), p.joinedOn(),
                p.orgUnitId(), List.of()), unitCode);
    }

    /** A file not yet stored (synthetic data, benchmarks) as spreadsheet text. */
    public PersonInput toInput(NewPerson p, String unitCode) {
        return toInput(p.personnelCode(), p.name().full(), p, unitCode);
    }

    private PersonInput toInput(String code, String fullName, NewPerson p, String unitCode) {
        return new PersonInput(code, fullName, Dates.format(p.birthDate()), codes.gender.label(p.gender()),
                codes.ethnicity.label(p.ethnicityCode()), p.citizenId(), Dates.format(p.partyMemberSince()),
                codes.staffKind.label(p.staffKind()), p.leader() ? "Có" : "Không", p.title(), p.jobPositionCode(),
                p.rankCode() == null ? null : codes.rank.label(p.rankCode()), codes.education.label(p.educationLevel()),
                p.educationField(), codes.politicalTheory.label(p.politicalTheory()),
                codes.stateManagement.label(p.stateManagement()), codes.it.label(p.itLevel()), p.languageLevel(),
                p.partyCommitteeMember() ? "Có" : "Không", p.sciTechBackground() ? "Có" : "Không",
                p.affectedByReorg() ? "Có" : "Không", Dates.format(p.joinedOn()), unitCode);
    }

}
