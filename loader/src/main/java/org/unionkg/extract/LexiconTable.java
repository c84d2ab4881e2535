package org.unionkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One tab-separated lexicon file: comment lines start with {@code #}, the first other line is the header,
 * each further line a row. Missing trailing cells read as empty strings.
 *
 * @param name    resource name, for messages
 * @param columns header cells
 * @param rows    data rows, each padded to the header's width
 */
public record LexiconTable(String name, List<String> columns, List<List<String>> rows) {
    public LexiconTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Reads {@code org/unionkg/lexicon/<file>} from the class path. */
    public static LexiconTable resource(String file) {
        String path = "/org/unionkg/lexicon/" + file;
        try (InputStream in = LexiconTable.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + path);
            }
            return parse(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    static LexiconTable parse(String name, BufferedReader reader) throws IOException {
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
            if (header == null) {
                header = cells;
                continue;
            }
            if (cells.size() > header.size()) {
                throw new IllegalStateException(name + ":" + number + ": " + cells.size() + " cells, header has " + header.size());
            }
            while (cells.size() < header.size()) {
                cells.add("");
            }
            rows.add(cells.stream().map(String::strip).toList());
        }
        if (header == null) {
            throw new IllegalStateException(name + ": no header row");
        }
        return new LexiconTable(name, header, rows);
    }

    /** The cells of one column, in file order. */
    public List<String> column(String column) {
        int i = index(column);
        return rows.stream().map(r -> r.get(i)).toList();
    }

    /** The index of a column by its header name. */
    public int index(String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(name + " has no column " + column);
        }
        return i;
    }
}
