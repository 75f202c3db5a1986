package db.migration;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the real unit tree in force from 1/7/2025 (QĐ 19/2025/QĐ-TTg codes): the nation, 34 provinces,
 * 3,321 communes, and in each commune the agencies of ND 150/2025/NĐ-CP. Source and licence:
 * {@code reference/ATTRIBUTION.md}.
 */
public class V2__Reference_units extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("insert into org_unit (code, name, kind, subkind, parent_id, path, level) "
                    + "values ('VN', 'Việt Nam', 'NATION', 'NATION', null, '/VN/', 0)");
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into org_unit (code, name, kind, subkind, parent_id, path, level, province_code) "
                        + "values (?, ?, 'PROVINCE', ?, (select id from org_unit where code = 'VN'), ?, 1, ?)")) {
            for (String[] row : read("reference/provinces-2025.csv", 3)) {
                ps.setString(1, row[0]);
                ps.setString(2, row[1]);
                ps.setString(3, row[2].startsWith("Thành phố") ? "THANH_PHO" : "TINH");
                ps.setString(4, "/VN/" + row[0] + "/");
                ps.setString(5, row[0]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into org_unit (code, name, kind, subkind, parent_id, path, level, province_code, commune_code) "
                        + "values (?, ?, 'COMMUNE', ?, (select id from org_unit where code = ?), ?, 2, ?, ?)")) {
            for (String[] row : read("reference/communes-2025.csv", 3)) {
                String subkind = row[1].startsWith("Phường") ? "PHUONG" : row[1].startsWith("Đặc khu") ? "DAC_KHU" : "XA";
                ps.setString(1, row[0]);
                ps.setString(2, row[1]);
                ps.setString(3, subkind);
                ps.setString(4, row[2]);
                ps.setString(5, "/VN/" + row[2] + "/" + row[0] + "/");
                ps.setString(6, row[2]);
                ps.setString(7, row[0]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            // ND 150/2025: Đảng ủy, HĐND, UBND (Văn phòng HĐND và UBND, Phòng Kinh tế or Kinh tế - Hạ tầng và Đô thị
            // for wards, Phòng Văn hóa - Xã hội, Trung tâm Phục vụ hành chính công), Ủy ban MTTQ.
            String local = "lower(left(c.name, 1)) || substr(c.name, 2)";
            agencies(s, "DU", "DANG_UY", "'Đảng ủy ' || " + local, null);
            agencies(s, "HDND", "HDND", "'Hội đồng nhân dân ' || " + local, null);
            agencies(s, "UBND", "UBND", "'Ủy ban nhân dân ' || " + local, null);
            agencies(s, "MTTQ", "MTTQ", "'Ủy ban Mặt trận Tổ quốc Việt Nam ' || " + local, null);
            agencies(s, "VP", "VAN_PHONG", "'Văn phòng HĐND và UBND'", "UBND");
            agencies(s, "KT", "PHONG_KINH_TE",
                    "case when c.subkind = 'PHUONG' then 'Phòng Kinh tế, Hạ tầng và Đô thị' else 'Phòng Kinh tế' end", "UBND");
            agencies(s, "VHXH", "PHONG_VH_XH", "'Phòng Văn hóa - Xã hội'", "UBND");
            agencies(s, "PVHCC", "TT_PVHCC", "'Trung tâm Phục vụ hành chính công'", "UBND");
            s.execute("analyze org_unit"); // fresh statistics, or the planner misjudges every subtree query
        }
    }

    private static void agencies(Statement s, String suffix, String subkind, String nameExpr, String parentSuffix) throws Exception {
        String parent = parentSuffix == null ? "c" : "p";
        String join = parentSuffix == null ? "" : " join org_unit p on p.code = c.code || '-" + parentSuffix + "'";
        s.execute("insert into org_unit (code, name, kind, subkind, parent_id, path, level, province_code, commune_code) "
                + "select c.code || '-" + suffix + "', " + nameExpr + ", 'AGENCY', '" + subkind + "', " + parent + ".id, "
                + parent + ".path || c.code || '-" + suffix + "/', " + parent + ".level + 1, c.province_code, c.commune_code "
                + "from org_unit c" + join + " where c.kind = 'COMMUNE'");
    }

    private static List<String[]> read(String resource, int columns) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (var in = V2__Reference_units.class.getClassLoader().getResourceAsStream(resource);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.strip().split(",", -1);
                if (parts.length != columns) {
                    throw new IllegalStateException(resource + ": unexpected row " + line);
                }
                rows.add(parts);
            }
        }
        return rows;
    }
}
