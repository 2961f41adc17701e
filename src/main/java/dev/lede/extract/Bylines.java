package dev.lede.extract;

import java.util.List;
import java.util.regex.Pattern;

/** Normalising author lines: "By Jane Doe and John Roe" → "Jane Doe and John Roe". */
final class Bylines {
    private static final Pattern LEADING_BY = Pattern.compile("(?i)^(by|von|par|por|door|di|av|от|작성자)\\s*[:\\-]?\\s+");
    /** Longer than this, a "byline" is a paragraph that happened to match. */
    static final int MAX_LENGTH = 100;

    private Bylines() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Text.normalize(raw);
        s = LEADING_BY.matcher(s).replaceFirst("");
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return null;
        }
        return s;
    }

    static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
