package org.unionkg.bench;

import org.unionkg.query.CannedQuery;

import java.util.Locale;

/**
 * Says whether a canned query must read the whole graph (every value of a predicate) rather than follow an
 * index from a bound term, and what the index-friendly form would be. Read from the query text; the timings
 * beside it in the results show whether the cost grows with the store.
 */
final class ScanCheck {
    private ScanCheck() {}

    static String describe(CannedQuery q) {
        String s = q.sparql().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (s.contains("CONTAINS(") || s.contains("REGEX(")) {
            return "yes: substring FILTER over every value; rewrite with a text index (jena-text `text:query`)";
        }
        if (s.matches(".*FILTER ?\\( ?STR ?\\(.*\\) ?= ?\\?.*")) {
            return "yes: STR() equality is not pushed into the index; rewrite as an exact literal "
                    + "(`?p rdfs:label \"…\"@zh`, e.g. `BIND(STRLANG(?name,\"zh\") AS ?label)` first)";
        }
        if (q.params().isEmpty() && (s.contains("GROUP BY") || s.contains("COUNT("))) {
            return "yes, by design: aggregates the whole graph; cache it or precompute at load";
        }
        return "no";
    }
}
