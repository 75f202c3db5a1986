package vn.boiduong;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Builds spreadsheets the way a person would: the template's Vietnamese headers, then rows of typed text. */
public final class TestXlsx {

    public static final List<String> HEADERS = List.of("Mã hồ sơ", "Họ và tên *", "Ngày sinh *", "Giới tính *", "Dân tộc *",
            "Số định danh cá nhân", "Ngày vào Đảng", "Loại cán bộ *", "Lãnh đạo, quản lý", "Chức vụ, chức danh *",
            "Mã vị trí việc làm", "Ngạch", "Trình độ chuyên môn", "Chuyên ngành", "Lý luận chính trị", "Quản lý nhà nước",
            "Tin học", "Ngoại ngữ", "Cấp ủy viên", "Chuyên môn KH-CN", "Chịu tác động sắp xếp 2025", "Ngày vào cơ quan",
            "Mã đơn vị *");

    private TestXlsx() {
    }

    /** A cell that holds a formula rather than a value. */
    public record Formula(String expression) {
    }

    /** Rows of cells (String, Number, java.time.LocalDate, Formula, or null); a null row leaves an empty row. */
    public static byte[] roster(List<Object[]> rows) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook wb = new Workbook(out, "Test", "1.0");
            Worksheet ws = wb.newWorksheet("Danh sách");
            for (int c = 0; c < HEADERS.size(); c++) {
                ws.value(0, c, HEADERS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Object[] row = rows.get(r);
                if (row == null) {
                    continue;
                }
                for (int c = 0; c < row.length; c++) {
                    Object v = row[c];
                    if (v instanceof String s) {
                        ws.value(r + 1, c, s);
                    } else if (v instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else if (v instanceof java.time.LocalDate d) {
                        ws.value(r + 1, c, d);
                        ws.style(r + 1, c).format("dd/mm/yyyy").set();
                    } else if (v instanceof Formula f) {
                        ws.formula(r + 1, c, f.expression());
                    }
                }
            }
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A typical valid row for unit {@code unitCode}. */
    public static Object[] person(String code, String name, String birth, String citizenId, String unitCode) {
        return new Object[] {code, name, birth, "Nữ", "Kinh", citizenId, "", "Công chức", "Không", "Chuyên viên văn hóa",
                "CV_VAN_HOA", "Chuyên viên", "Đại học", "Văn hóa học", "Sơ cấp", "Chưa qua bồi dưỡng", "", "", "Không",
                "Không", "Có", "01/03/2015", unitCode};
    }

    /** A zip of the given entries (names → content), for hostile archives. */
    public static byte[] zip(Object... namesAndContents) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                Object content = namesAndContents[i + 1];
                if (content instanceof byte[] bytes) {
                    zip.write(bytes);
                } else if (content instanceof Long zeros) {
                    byte[] block = new byte[1 << 20];
                    for (long written = 0; written < zeros; written += block.length) {
                        zip.write(block);
                    }
                } else {
                    zip.write(((String) content).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
