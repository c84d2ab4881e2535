package org.unionkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A word list asked, at every position of a text, which of its words ends there: the words grouped by their last
 * character, so a position costs one binary search and a few comparisons instead of a comparison with every word of
 * the list (rule code asks this at each character of every article). Answers exactly as a scan of the list in
 * its order would. Immutable; thread-safe.
 */
final class EndingWords {
    private final char[] lastChars;          // sorted
    private final String[][] byLastChar;     // the words ending in lastChars[i], in the list's order
    private final boolean hasEmpty;          // "" ends everywhere: answered when no other word matches

    /** {@code words} in the order a scan should try them (longest first, for the longest match). */
    EndingWords(List<String> words) {
        Map<Character, List<String>> groups = new TreeMap<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                groups.computeIfAbsent(w.charAt(w.length() - 1), c -> new ArrayList<>()).add(w);
            }
        }
        this.lastChars = new char[groups.size()];
        this.byLastChar = new String[groups.size()][];
        int i = 0;
        for (Map.Entry<Character, List<String>> e : groups.entrySet()) {
            lastChars[i] = e.getKey();
            byLastChar[i++] = e.getValue().toArray(String[]::new);
        }
        this.hasEmpty = words.contains("");
        if (hasEmpty && words.indexOf("") != words.size() - 1) {
            throw new IllegalArgumentException("the empty word must come last: " + words);
        }
    }

    /** The first word of the list that ends at {@code pos} of {@code s}, or null. */
    String endingAt(String s, int pos) {
        if (pos > 0 && pos <= s.length()) {
            int k = Arrays.binarySearch(lastChars, s.charAt(pos - 1));
            if (k >= 0) {
                for (String w : byLastChar[k]) {
                    if (pos >= w.length() && s.startsWith(w, pos - w.length())) {
                        return w;
                    }
                }
            }
        }
        return hasEmpty && pos >= 0 ? "" : null;
    }
}
