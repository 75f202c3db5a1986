package vn.boiduong.shared;

/**
 * A Vietnamese full name split into family name (họ), middle name (tên đệm) and given name (tên).
 * The usual reading: the first word is the family name, the last the given name, the rest the middle name.
 */
public record PersonName(String family, String middle, String given) {

    public PersonName {
        family = VietnameseText.name(family == null ? "" : family);
        middle = VietnameseText.name(middle == null ? "" : middle);
        given = VietnameseText.name(given == null ? "" : given);
    }

    public static PersonName parse(String fullName) {
        String cleaned = VietnameseText.name(fullName == null ? "" : fullName);
        if (cleaned.isEmpty()) {
            return new PersonName("", "", "");
        }
        String[] words = cleaned.split(" ");
        if (words.length == 1) {
            return new PersonName("", "", words[0]);
        }
        String middle = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length - 1));
        return new PersonName(words[0], middle, words[words.length - 1]);
    }

    public String full() {
        StringBuilder sb = new StringBuilder(family);
        if (!middle.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : " ").append(middle);
        }
        if (!given.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : " ").append(given);
        }
        return sb.toString();
    }
}
