package vn.boiduong.catalog;

/** A programme as a person types it (form, API): every value is text, checked by the catalog's rules. */
public record ProgramInput(String code, String name, String category, String durationDays, String durationText,
                           String targetGroup, String organiser, String certificate, String phase, String sourceRef) {

    /** The input that reproduces a stored programme (edit forms start from it). */
    public static ProgramInput of(Program p) {
        return new ProgramInput(p.code(), p.name(), p.category(), String.valueOf(p.durationDays()), p.durationText(),
                p.targetGroup(), p.organiser(), p.certificate(), p.phase() == null ? "" : String.valueOf(p.phase()),
                p.sourceRef());
    }
}
