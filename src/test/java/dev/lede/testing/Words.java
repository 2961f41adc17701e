package dev.lede.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splitting text into words, for "every word appears once, in order" checks. */
public final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private Words() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Whether {@code needle} occurs in {@code haystack} in order (not necessarily adjacent). */
    public static boolean isSubsequence(List<String> needle, List<String> haystack) {
        int j = 0;
        for (String word : haystack) {
            if (j < needle.size() && needle.get(j).equals(word)) {
                j++;
            }
        }
        return j == needle.size();
    }
}
