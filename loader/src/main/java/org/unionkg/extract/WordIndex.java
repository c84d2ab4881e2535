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
    /**
     * The words by first character, longest first: {@code byFirst[c >>> 8][c & 0xFF]}, a block of 256 characters
     * made only where some word starts (a few dozen blocks of CJK). Rule code asks at every offset of every article,
     * and two array reads answer without boxing a key or hashing it (a map of Character cost a few per cent of the
     * pipeline).
     */
    private final String[][][] byFirst = new String[256][][];

    public WordIndex(Collection<String> words) {
        Map<Character, List<String>> groups = new HashMap<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                groups.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
            }
        }
        groups.forEach((c, list) -> {
            list.sort(Comparator.comparingInt(String::length).reversed()); // stable: the collection's order on a tie
            String[][] block = byFirst[c >>> 8];
            if (block == null) {
                block = new String[256][];
                byFirst[c >>> 8] = block;
            }
            block[c & 0xFF] = list.toArray(String[]::new);
        });
    }

    /** The words starting with the character at offset i, longest first, or null. */
    private String[] candidates(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return null;
        }
        char c = text.charAt(i);
        String[][] block = byFirst[c >>> 8];
        return block == null ? null : block[c & 0xFF];
    }

    /** The words that occur in the text at offset i, longest first. */
    public List<String> at(String text, int i) {
        String[] candidates = candidates(text, i);
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

    /** The longest word at offset i, or null. */
    public String longestAt(String text, int i) {
        String[] candidates = candidates(text, i);
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
