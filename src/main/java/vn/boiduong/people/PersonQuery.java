package vn.boiduong.people;

/** Filters of the people list; null means "any". */
public record PersonQuery(Long unitId, String text, String staffKind, Boolean leader, String status) {

    public static PersonQuery all() {
        return new PersonQuery(null, null, null, null, "ACTIVE");
    }
}
