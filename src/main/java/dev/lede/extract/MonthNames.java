package dev.lede.extract;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Month names of a language, from the JDK's CLDR locale data: full and abbreviated, in the
 * forms used inside a date ("11 октября") and standing alone ("октябрь"). Loaded the first time a
 * language is asked for, which only a page with a date in words does: CLDR data costs a freshly
 * started JVM milliseconds per locale. English is always known too, as machine-written dates use it.
 */
final class MonthNames {
    /** A prefix this long of a full name is read as that month ("Sept", "Augus"). */
    static final int MIN_PREFIX = 3;
    private static final TextStyle[] STYLES = {
        TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE};
    private static final Map<String, Map<String, Integer>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private MonthNames() {
    }

    /**
     * The month (1 to 12) that {@code word} names in the page's language or in English, or 0.
     *
     * @param word a word, in any case, with or without a trailing dot
     * @param lang the page's {@code lang} ({@code "ru"}, {@code "pt-BR"}), or {@code null}
     */
    static int month(String word, String lang) {
        String key = key(word);
        if (key.length() < MIN_PREFIX && !isCjk(key)) {
            return 0;
        }
        int month = lookUp(key, names("en"));
        String language = language(lang);
        if (month == 0 && language != null && !language.equals("en")) {
            month = lookUp(key, names(language));
        }
        return month;
    }

    private static int lookUp(String key, Map<String, Integer> names) {
        Integer exact = names.get(key);
        if (exact != null) {
            return exact;
        }
        int found = 0;
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            if (e.getKey().length() > key.length() && e.getKey().startsWith(key)) {
                if (found != 0 && found != e.getValue()) {
                    return 0; // a prefix of two months' names
                }
                found = e.getValue();
            }
        }
        return found;
    }

    private static Map<String, Integer> names(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, MonthNames::load);
    }

    private static Map<String, Integer> load(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, Integer> names = new HashMap<>();
        for (Month month : Month.values()) {
            for (TextStyle style : STYLES) {
                String name = key(month.getDisplayName(style, locale));
                if (!name.isEmpty() && !name.chars().allMatch(Character::isDigit)) {
                    names.putIfAbsent(name, month.getValue());
                }
            }
        }
        return Map.copyOf(names);
    }

    /** The language subtag, lower case: "pt" of "pt-BR" and "pt_BR"; {@code null} when none. */
    static String language(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String s = lang.strip().toLowerCase(Locale.ROOT);
        int cut = s.indexOf('-') >= 0 ? s.indexOf('-') : s.indexOf('_');
        return cut > 0 ? s.substring(0, cut) : s;
    }

    private static String key(String word) {
        String s = word.strip().toLowerCase(Locale.ROOT);
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static boolean isCjk(String s) {
        return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
