package vn.boiduong.shared;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Business errors carrying message codes (resolved to Vietnamese or English text at the edge). */
public final class Problems {

    private Problems() {
    }

    /** One problem with a field (or row and field), as a message code with arguments. */
    public record FieldProblem(String field, String code, Object... args) implements Serializable {
    }

    /** Collects every problem of an input before failing, so the user fixes them all at once. */
    public static final class Collector {
        private final List<FieldProblem> problems = new ArrayList<>();

        public Collector add(String field, String code, Object... args) {
            problems.add(new FieldProblem(field, code, args));
            return this;
        }

        public boolean isEmpty() {
            return problems.isEmpty();
        }

        public List<FieldProblem> problems() {
            return List.copyOf(problems);
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInput(List.copyOf(problems));
            }
        }
    }

    public static Collector collect() {
        return new Collector();
    }

    /** 400: the input breaks a rule; nothing was changed. */
    public static final class InvalidInput extends RuntimeException {
        private final transient List<FieldProblem> problems;

        public InvalidInput(List<FieldProblem> problems) {
            super("invalid input: " + problems.size() + " problem(s)");
            this.problems = problems;
        }

        public InvalidInput(String field, String code, Object... args) {
            this(List.of(new FieldProblem(field, code, args)));
        }

        public List<FieldProblem> problems() {
            return problems;
        }
    }

    /** 404. */
    public static final class NotFound extends RuntimeException {
        public NotFound(String what, Object id) {
            super(what + " " + id);
        }
    }

    /** 409: someone else changed the record since it was read (optimistic locking). */
    public static final class ConcurrentChange extends RuntimeException {
        public ConcurrentChange(String what, Object id) {
            super(what + " " + id + " changed concurrently");
        }
    }
}
