package org.unionkg.rdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Words whose reading in names differs from HanLP's default (朝阳 is chao-yang, not zhao-yang), from a TSV
 * resource: {@code word<TAB>syllables}. One syllable per character, checked on load.
 */
final class PinyinReadings {
    private final Map<String, String[]> byWord;

    private PinyinReadings(Map<String, String[]> byWord) {
        this.byWord = byWord;
    }

    static PinyinReadings load(String resource) {
        Map<String, String[]> words = new LinkedHashMap<>();
        try (InputStream in = PinyinReadings.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {          // the column names
                    header = false;
                    continue;
                }
                String[] cols = line.split("\t");
                String[] syllables = cols.length == 2 ? cols[1].trim().split("\\s+") : new String[0];
                if (syllables.length != cols[0].length()) {
                    throw new IllegalStateException(resource + ": want one syllable per character: " + line);
                }
                words.put(cols[0], syllables);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // longest first, so a longer word beats a word it contains
        Map<String, String[]> sorted = new LinkedHashMap<>();
        words.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, String[]> e) -> -e.getKey().length()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return new PinyinReadings(sorted);
    }

    /** The syllables of the listed word starting at {@code at}, or an empty array. */
    String[] match(String text, int at) {
        for (Map.Entry<String, String[]> e : byWord.entrySet()) {
            if (text.startsWith(e.getKey(), at)) {
                return e.getValue();
            }
        }
        return new String[0];
    }
}
