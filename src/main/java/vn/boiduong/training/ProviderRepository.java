package vn.boiduong.training;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProviderRepository {

    private static final String SELECT = "select p.id, p.name, p.kind, p.org_unit_id, o.name as unit_name, o.path, p.active "
            + "from provider p join org_unit o on o.id = p.org_unit_id ";

    private final JdbcClient jdbc;

    ProviderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Providers that can serve a unit at {@code path}: attached to it or to one of its ancestors, or inside it. */
    List<Provider> servingOrInside(String path) {
        return jdbc.sql(SELECT + "where p.active and (:path like o.path || '%' or o.path like :path || '%') order by o.level, p.name")
                .param("path", path).query(ProviderRepository::map).list();
    }

    Optional<Provider> find(long id) {
        return jdbc.sql(SELECT + "where p.id = :id").param("id", id).query(ProviderRepository::map).optional();
    }

    long insert(String name, String kind, long unitId) {
        return jdbc.sql("insert into provider (name, kind, org_unit_id) values (:n, :k, :u) returning id")
                .param("n", name).param("k", kind).param("u", unitId).query(Long.class).single();
    }

    private static Provider map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Provider(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getBoolean(7));
    }
}
