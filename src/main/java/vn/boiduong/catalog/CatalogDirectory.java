package vn.boiduong.catalog;

import vn.boiduong.shared.VietnameseText;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.people.ProgramDirectory;

/** The catalog as the people and standards modules see it: codes a certificate or a requirement may name. */
@Component
class CatalogDirectory implements ProgramDirectory {

    private final Catalog catalog;

    CatalogDirectory(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> choices() {
        Map<String, String> out = new LinkedHashMap<>();
        catalog.programs().forEach(p -> out.put(p.code(), p.name()));
        return VietnameseText.sortedByValue(out);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return catalog.find(code).isPresent();
    }
}
