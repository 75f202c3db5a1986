package vn.boiduong.demo;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The active cadres of some communes of a province, as the training generator needs them, in personnel-code order. */
final class TraineeQuery {

    private TraineeQuery() {
    }

    static List<TrainingOffers.Trainee> under(JdbcClient jdbc, String provincePath, List<TrainingHistory.Commune> communes) {
        if (communes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select p.id, p.personnel_code, p.org_unit_id, o.code, o.commune_code, p.job_position_code, j.grp,
                               p.is_leader, p.staff_kind, p.gender, p.ethnicity_code, p.affected_by_reorg, p.political_theory, p.it_level
                        from person p join org_unit o on o.id = p.org_unit_id left join job_position j on j.code = p.job_position_code
                        where o.path like :path || '%' and p.status = 'ACTIVE' and o.commune_code in (:communes)
                        order by p.personnel_code, p.id
                        """)
                .param("path", provincePath).param("communes", communes.stream().map(TrainingHistory.Commune::code).toList())
                .query((rs, n) -> {
                    String unit = rs.getString(4);
                    String commune = rs.getString(5);
                    String agency = unit.startsWith(commune + "-") ? unit.substring(commune.length() + 1) : "";
                    return new TrainingOffers.Trainee(rs.getLong(1), rs.getString(2), rs.getLong(3), agency, commune,
                            rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getString(9), "F".equals(rs.getString(10)),
                            !"01".equals(rs.getString(11)), rs.getBoolean(12), rs.getString(13), rs.getString(14));
                }).list();
    }
}
