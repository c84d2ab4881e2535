package org.unionkg.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated word lists under {@code org/unionkg/lexicon/events/}: '#' starts a comment line. */
final class Lexicon {
    static final String DIR = "/org/unionkg/lexicon/events/";

    private Lexicon() {}

    /** The rows of a list, each with at least {@code minColumns} columns; a shorter row is an error naming the line. */
    static List<String[]> rows(String file, int minColumns) {
        String path = DIR + file;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < minColumns) {
                    throw new IllegalStateException(path + ":" + number + ": expected " + minColumns
                            + " tab-separated columns: " + line);
                }
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = cols[i].strip();
                }
                rows.add(cols);
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
