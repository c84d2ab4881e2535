package org.unionkg.server.limits;

import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * The most results one SPARQL query may return: rows of a SELECT, triples of a CONSTRUCT or DESCRIBE,
 * items of a JSON query. A query that would return more is refused (HTTP 400) instead of streaming an
 * unbounded answer that holds a core, the heap and the network.
 * <p>
 * Set in the Fuseki configuration, on the dataset (or on one endpoint), like the query timeout:
 * <pre>
 * ja:context [ ja:cxtName "https://w3id.org/unionkg/server#resultLimit" ; ja:cxtValue "10000" ] ;
 * </pre>
 * The symbol is a full IRI because Fuseki only expands the {@code arq:} prefix in context names;
 * stock Fuseki ignores the setting. Without it the limit is {@link #DEFAULT}; "0" turns it off.
 *
 * @param max the largest number of results allowed; {@code 0} = no limit
 */
public record ResultLimit(long max) {

    /** The context symbol read from the configuration. */
    public static final Symbol SYMBOL = Symbol.create("https://w3id.org/unionkg/server#resultLimit");

    /**
     * The limit when the configuration does not set one. The whole graph of a thousand pages is a few
     * hundred thousand triples; no question an analyst asks of it needs ten thousand rows at once,
     * and paging (LIMIT/OFFSET) or the Graph Store (a named graph at a time) serves bulk reads.
     */
    public static final long DEFAULT = 10_000;

    public ResultLimit {
        if (max < 0)
            throw new IllegalArgumentException("result limit must be 0 (none) or positive: " + max);
    }

    /** The limit set in this context (dataset and endpoint settings merged by Fuseki), or the default. */
    public static ResultLimit of(Context context) {
        Object value = context == null ? null : context.get(SYMBOL);
        if (value == null)
            return new ResultLimit(DEFAULT);
        if (value instanceof Number n)
            return new ResultLimit(n.longValue());
        try {
            return new ResultLimit(Long.parseLong(value.toString().strip().replace("_", "")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SYMBOL.getSymbol() + " is not a number: " + value, e);
        }
    }

    public boolean unlimited() {
        return max == 0;
    }

    /** True when {@code count} results are more than allowed. */
    public boolean exceededBy(long count) {
        return !unlimited() && count > max;
    }

    /** What the client reads when its query is refused. */
    public String refusal(String what) {
        return "Result size limit: this query returns more than " + max + " " + what
               + " (the server's limit). Add LIMIT (at most " + max + ") and page with OFFSET, or narrow the query.";
    }
}
