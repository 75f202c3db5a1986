package vn.boiduong.shared;

/**
 * 429: the user asked too often for something whose answer is itself information (whether a citizen ID is taken);
 * nothing was checked or changed. {@code code} is the message for the field; {@code code + ".title"} its headline.
 */
public final class Throttled extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] args;

    public Throttled(String field, String code, Object... args) {
        super("throttled: " + code);
        this.field = field;
        this.code = code;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
