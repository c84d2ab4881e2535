package org.unionkg.server.queries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.unionkg.query.CannedQuery;
import org.unionkg.query.QueryParam;

/**
 * The canned queries the page offers, by name, and the dataset they run on.
 * <p>
 * A fixed table read at start-up: a request names a query, never a file, so
 * {@code CannedQueries.resolve} (which also reads {@code .rq} paths from disk) is not reachable from HTTP.
 *
 * @param queries the queries by name, in name order
 * @param dataset the Fuseki dataset, e.g. {@code /unionkg}
 */
record Catalogue(Map<String, CannedQuery> queries, String dataset) {

    /**
     * The request parameter that names the query in {@code /queries/run}; every other request parameter
     * is a query parameter, so no canned query may declare one of this name.
     */
    static final String NAME = "name";

    Catalogue {
        queries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(queries));
        for (CannedQuery q : queries.values())
            if (q.param(NAME).isPresent())
                throw new IllegalArgumentException("canned query " + q.name() + " declares a parameter '" + NAME
                                                   + "', which /queries/run reserves for the query's name");
    }

    static Catalogue of(List<CannedQuery> queries, String dataset) {
        Map<String, CannedQuery> byName = new LinkedHashMap<>();
        queries.forEach(q -> byName.put(q.name(), q));
        return new Catalogue(byName, dataset);
    }

    Optional<CannedQuery> get(String name) {
        return Optional.ofNullable(name == null ? null : queries.get(name));
    }

    /**
     * What the page lists:
     * {@code {"dataset": "/unionkg", "queries": [{"name", "title", "question", "cost", "sparql",
     * "params": [{"name", "type", "description", "example", "optional"}]}]}} ({@code cost} only when the query's
     * header has one, {@code example} only when the parameter's description gives one).
     */
    String toJson() {
        JsonArray list = new JsonArray();
        for (CannedQuery q : queries.values()) {
            JsonArray params = new JsonArray();
            for (QueryParam p : q.params()) {
                JsonObject o = new JsonObject();
                o.put("name", p.name());
                o.put("type", p.type().name().toLowerCase(java.util.Locale.ROOT));
                o.put("description", p.description());
                p.example().ifPresent(e -> o.put("example", e));
                o.put("optional", p.optional());
                params.add(o);
            }
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("title", q.title());
            o.put("question", q.question());
            q.cost().ifPresent(c -> o.put("cost", c));
            o.put("params", params);
            o.put("sparql", q.sparql());
            list.add(o);
        }
        JsonObject root = new JsonObject();
        root.put("dataset", dataset);
        root.put("queries", list);
        return JSON.toString(root);
    }
}
