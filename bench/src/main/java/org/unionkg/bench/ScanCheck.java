package org.unionkg.bench;

import org.unionkg.query.CannedQuery;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Says whether a canned query must read the whole graph (every value of a predicate) rather than follow an
 * index from a bound term, and what the index-friendly form would be. Read from the query text and its
 * {@code # cost:} header; the timings beside it in the results show whether the cost grows with the store.
 *
 * <p>A query whose header says {@code whole-graph …} scans by design (an aggregate or a listing of everything).
 * Otherwise the text is judged: a substring FILTER is a scan unless jena-text's {@code text:query} finds the
 * candidates it filters, and {@code FILTER(STR(?x) = ?param)} is always a scan, since no index holds STR().
 */
final class ScanCheck {
    private ScanCheck() {}

    static String describe(CannedQuery q) {
        String s = code(q.sparql());
        String cost = q.cost().map(c -> " (" + c + ")").orElse("");
        if (q.wholeGraphByDesign()) {
            return "yes, by design" + cost;
        }
        if (s.matches(".*FILTER ?\\( ?STR ?\\([^)]*\\) ?= ?\\?.*")) {
            return "yes: STR() equality is not pushed into the index; rewrite as an exact literal "
                    + "(`?p rdfs:label \"…\"@zh`, e.g. `BIND(STRLANG(?name,\"zh\") AS ?label)` first)";
        }
        boolean substring = s.matches(".*FILTER ?\\(.*(CONTAINS|REGEX) ?\\(.*");
        boolean textIndex = s.contains("TEXT:QUERY");
        if (substring && !textIndex) {
            return "yes: substring FILTER over every value; rewrite with a text index (jena-text `text:query`)";
        }
        if (q.params().isEmpty() && (s.contains("GROUP BY") || s.contains("COUNT("))) {
            return "yes: aggregates the whole graph but its header does not say so (`# cost: whole-graph aggregate`)";
        }
        return "no" + cost;
    }

    /** The query without its comment lines (headers and comments may name CONTAINS or STR() in prose), upper case. */
    private static String code(String sparql) {
        return Arrays.stream(sparql.split("\n"))
                .filter(line -> !line.strip().startsWith("#"))
                .collect(Collectors.joining(" "))
                .toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
