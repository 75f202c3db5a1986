package vn.boiduong.people;

/** A roster import was committed: many files were created or changed at once. */
public record PeopleImported(long importJobId, int created, int updated) {
}
