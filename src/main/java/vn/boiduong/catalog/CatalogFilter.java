package vn.boiduong.catalog;

import java.util.List;

/** The list's filters as the page and the export receive them; unknown values are dropped, not errors. */
record CatalogFilter(String q, String category, Integer phase, boolean inactive) {

    static CatalogFilter of(String q, String category, String phase, Boolean inactive) {
        String cat = category != null && Program.CATEGORIES.contains(category) ? category : null;
        Integer ph = "1".equals(phase) ? Integer.valueOf(1) : "2".equals(phase) ? Integer.valueOf(2) : null;
        return new CatalogFilter(q == null || q.isBlank() ? null : q.strip(), cat, ph, Boolean.TRUE.equals(inactive));
    }

    List<Program> apply(Catalog catalog) {
        return catalog.search(q, category, phase, inactive);
    }
}
