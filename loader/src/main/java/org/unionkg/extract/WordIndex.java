package org.unionkg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of words indexed by their first character, for finding which words start at a position of a text without
 * trying them all. Immutable; thread-safe.
 */
public final class WordIndex {
    private final Map<Character, List<String>> byFirst = new HashMap<>();
    /** One bit per character that starts a word: most offsets start none, and this answers without boxing a key. */
    private final long[] firsts = new long[1 << 10];

    public WordIndex(Collection<String> words) {
        for (String w : words) {
            if (!w.isEmpty()) {
                byFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
                firsts[w.charAt(0) >>> 6] |= 1L << w.charAt(0);
            }
        }
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
    }

    /** The words that occur in the text at offset i, longest first. */
    public List<String> at(String text, int i) {
        if (i < 0 || i >= text.length() || !startsSome(text.charAt(i))) {
            return List.of();
        }
        List<String> candidates = byFirst.get(text.charAt(i));
        if (candidates == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        for (String w : candidates) {
            if (text.startsWith(w, i)) {
                out.add(w);
            }
        }
        return out;
    }

    private boolean startsSome(char c) {
        return (firsts[c >>> 6] & 1L << c) != 0;
    }

    /** The longest word at offset i, or null. */
    public String longestAt(String text, int i) {
        List<String> candidates = i >= 0 && i < text.length() && startsSome(text.charAt(i)) ? byFirst.get(text.charAt(i)) : null;
        if (candidates != null) {
            for (String w : candidates) {
                if (text.startsWith(w, i)) {
                    return w;
                }
            }
        }
        return null;
    }
}
