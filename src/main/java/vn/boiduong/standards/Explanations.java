package vn.boiduong.standards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns an {@link Evaluation} into a sentence with the labels a person knows ("Đại học", "Sơ cấp"), not codes. */
@Component
class Explanations {

    /** What the page and the API show for one requirement. */
    record Line(long requirementId, String type, String requirement, boolean met, String metBy, String category,
                int priority, String closingProgram, String explanation) {
    }

    private final MessageSource messages;

    Explanations(MessageSource messages) {
        this.messages = messages;
    }

    List<Line> lines(List<Evaluation> evaluations, Locale locale) {
        List<Line> lines = new ArrayList<>();
        for (Evaluation e : evaluations) {
            Requirement r = e.requirement();
            lines.add(new Line(r.id(), r.type().name(), describe(r, locale), e.met(), e.metBy(),
                    e.category() == null ? null : e.category().name(), e.priority(),
                    e.closingProgram() == null ? null : label("program." + e.closingProgram(), locale),
                    messages.getMessage(e.reason(), labelled(r, e.args(), locale), e.reason(), locale)));
        }
        return lines;
    }

    String describe(Requirement r, Locale locale) {
        String level = r.minLevel() == null ? "" : label(prefix(r.type()) + r.minLevel(), locale);
        String base = messages.getMessage("requirement." + r.type().name(), new Object[] {level,
                String.join(", ", r.acceptedFields()), String.join(", ", r.satisfiedBy().stream().map(p -> label("program." + p, locale)).toList())},
                r.type().name(), locale);
        return base;
    }

    private Object[] labelled(Requirement r, List<String> args, Locale locale) {
        Object[] out = new Object[args.size()];
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            boolean fieldArg = r.type() == Requirement.Type.EDUCATION && (i == 1 || i == 3);
            out[i] = a.isEmpty() ? messages.getMessage("msg.none", null, locale)
                    : fieldArg ? a
                    : a.startsWith("CMCN") || a.startsWith("QLNN") || a.startsWith("LLCT") || a.startsWith("CNTT")
                    ? label("program." + a, locale) : label(prefix(r.type()) + a, locale);
        }
        return out;
    }

    private static String prefix(Requirement.Type type) {
        return switch (type) {
            case EDUCATION -> "education.";
            case POLITICAL_THEORY -> "theory.";
            case STATE_MANAGEMENT -> "stateMgmt.";
            case IT -> "it.";
            case PROGRAM -> "program.";
        };
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key.substring(key.indexOf('.') + 1), locale);
    }
}
