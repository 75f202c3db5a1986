package vn.boiduong.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boiduong.orgunit.OrgUnit;
import vn.boiduong.orgunit.OrgUnits;
import vn.boiduong.people.NewPerson;
import vn.boiduong.people.PersonBulkLoader;
import vn.boiduong.shared.Problems;

/** Fills a scope (a commune, a province or the nation) with synthetic people; communes that have people are skipped. */
@Service
public class SyntheticData {

    private static final Logger log = LoggerFactory.getLogger(SyntheticData.class);

    public record Result(int communes, int people, long millis) {
    }

    private final OrgUnits units;
    private final PersonBulkLoader loader;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    SyntheticData(OrgUnits units, PersonBulkLoader loader, JdbcClient jdbc, TransactionTemplate tx) {
        this.units = units;
        this.loader = loader;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** A generated person with the code of the unit it belongs to. */
    public record Generated(NewPerson person, String unitCode) {
    }

    /** Generates the people of a scope without storing them (for roster files and benchmarks). */
    public List<Generated> preview(String scopeCode, long seed) {
        OrgUnit scope = units.lookupByCode(scopeCode).orElseThrow(() -> new Problems.NotFound("orgunit", scopeCode));
        Map<Long, String> codes = new HashMap<>();
        units.lookupSubtree(scope.path()).forEach(u -> codes.put(u.id(), u.code()));
        SyntheticPeople generator = new SyntheticPeople(seed);
        List<Generated> result = new ArrayList<>();
        for (SyntheticPeople.Commune c : communesUnder(scope)) {
            generator.generate(c).forEach(p -> result.add(new Generated(p, codes.get(p.orgUnitId()))));
        }
        return result;
    }

    /** Generates and loads; each province is one transaction. */
    public Result generate(String scopeCode, long seed) {
        long start = System.nanoTime();
        OrgUnit scope = units.lookupByCode(scopeCode).orElseThrow(() -> new Problems.NotFound("orgunit", scopeCode));
        List<SyntheticPeople.Commune> communes = communesUnder(scope);
        Set<String> filled = new java.util.HashSet<>(jdbc.sql(
                        "select distinct o.commune_code from person p join org_unit o on o.id = p.org_unit_id where o.path like :p || '%'")
                .param("p", scope.path()).query(String.class).list());
        SyntheticPeople generator = new SyntheticPeople(seed);
        Map<String, List<SyntheticPeople.Commune>> byProvince = new java.util.TreeMap<>();
        for (SyntheticPeople.Commune c : communes) {
            if (!filled.contains(c.communeCode())) {
                byProvince.computeIfAbsent(c.provinceCode(), k -> new ArrayList<>()).add(c);
            }
        }
        int people = 0;
        int done = 0;
        for (var entry : byProvince.entrySet()) {
            List<NewPerson> batch = new ArrayList<>();
            for (SyntheticPeople.Commune c : entry.getValue()) {
                batch.addAll(generator.generate(c));
            }
            tx.executeWithoutResult(status -> loader.load(batch));
            people += batch.size();
            done += entry.getValue().size();
            log.info("Synthetic data: province {} — {} communes, {} people", entry.getKey(), entry.getValue().size(), batch.size());
        }
        if (people > 0) {
            jdbc.sql("analyze person").update(); // bulk loads leave the planner's statistics stale
            jdbc.sql("analyze assignment").update();
        }
        return new Result(done, people, (System.nanoTime() - start) / 1_000_000);
    }

    private List<SyntheticPeople.Commune> communesUnder(OrgUnit scope) {
        String path = scope.kind() == OrgUnit.Kind.AGENCY
                ? units.lookupByCode(scope.communeCode()).orElseThrow().path() : scope.path();
        Map<String, Map<String, Long>> agencies = new HashMap<>();
        List<OrgUnit> communeUnits = new ArrayList<>();
        for (OrgUnit u : units.lookupSubtree(path)) {
            if (u.kind() == OrgUnit.Kind.COMMUNE) {
                communeUnits.add(u);
            } else if (u.kind() == OrgUnit.Kind.AGENCY && u.code().startsWith(u.communeCode() + "-")) {
                agencies.computeIfAbsent(u.communeCode(), k -> new HashMap<>())
                        .put(u.code().substring(u.communeCode().length() + 1), u.id());
            }
        }
        Map<String, Integer> ordinals = new HashMap<>();
        for (String province : communeUnits.stream().map(OrgUnit::provinceCode).distinct().toList()) {
            List<String> codes = units.lookupSubtree("/VN/" + province + "/").stream()
                    .filter(u -> u.kind() == OrgUnit.Kind.COMMUNE).map(OrgUnit::code).sorted().toList();
            for (int i = 0; i < codes.size(); i++) {
                ordinals.put(codes.get(i), i);
            }
        }
        List<SyntheticPeople.Commune> result = new ArrayList<>();
        for (OrgUnit c : communeUnits) {
            Map<String, Long> a = agencies.getOrDefault(c.communeCode(), Map.of());
            if (a.keySet().containsAll(Set.of("DU", "HDND", "UBND", "VP", "KT", "VHXH", "PVHCC", "MTTQ"))) {
                result.add(new SyntheticPeople.Commune(c.communeCode(), c.provinceCode(), ordinals.get(c.code()), a));
            }
        }
        return result;
    }
}
