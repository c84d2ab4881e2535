package org.unionkg.extract.event;

import org.unionkg.extract.LexiconTable;

import java.util.List;

/**
 * The word lists under {@code org/unionkg/lexicon/events/}, read as every lexicon file is ({@link LexiconTable}:
 * '#' comment lines, a header row, tab-separated rows).
 */
final class Lexicon {
    private Lexicon() {}

    /** The rows of a list; a row whose first {@code minColumns} cells are not all filled is an error naming it. */
    static List<String[]> rows(String file, int minColumns) {
        LexiconTable table = LexiconTable.resource("events/" + file);
        if (table.columns().size() < minColumns) {
            throw new IllegalStateException(table.name() + ": expected " + minColumns + " columns, header has "
                    + table.columns().size());
        }
        return table.rows().stream().map(row -> {
            for (int i = 0; i < minColumns; i++) {
                if (row.get(i).isEmpty()) {
                    throw new IllegalStateException(table.name() + ": expected " + minColumns
                            + " tab-separated columns: " + String.join("\t", row));
                }
            }
            return row.toArray(String[]::new);
        }).toList();
    }
}
