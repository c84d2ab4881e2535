package org.unionkg.server.queries;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.unionkg.query.CannedQuery;
import org.unionkg.query.QueryParam;
import org.unionkg.query.QueryRunner;
import org.unionkg.server.limits.ResultLimit;
import org.unionkg.server.web.FixedFilesServlet;

/**
 * {@code GET /queries/run?name=articles-by-journalist&journalist=边磊}: one canned query, its parameters
 * bound as RDF terms by {@link QueryRunner#bindings}, run on the dataset Fuseki serves, answered as
 * SPARQL JSON results ({@code application/sparql-results+json}).
 * <ul>
 * <li>404: no canned query of that name (a name only; never a path);</li>
 * <li>400: no name, a parameter the query does not declare, a required one it declares but was not given, a value
 *     given twice, a value of the wrong type, or more rows than the server's {@link ResultLimit};</li>
 * <li>503: the query ran out of time.</li>
 * </ul>
 * A value is data whatever it holds: {@code "} ; DROP ALL ; {"} is a string the query compares with.
 * An optional parameter left out or left blank stays free: the query answers for every value.
 */
final class RunServlet extends HttpServlet {

    /** The same overall limit as {@code arq:queryTimeout} in {@code fuseki-config/config.ttl}. */
    static final long TIMEOUT_MILLIS = 10_000;

    private final transient Catalogue catalogue;

    RunServlet(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        FixedFilesServlet.secure(resp, QueriesPage.CONTENT_SECURITY_POLICY);
        String name = req.getParameter(Catalogue.NAME);
        if (name == null || name.isBlank()) {
            problem(resp, HttpServletResponse.SC_BAD_REQUEST, "name the canned query: /queries/run?name=...");
            return;
        }
        CannedQuery query = catalogue.get(name).orElse(null);
        if (query == null) {
            problem(resp, HttpServletResponse.SC_NOT_FOUND, "no canned query named '" + name + "'");
            return;
        }

        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getKey().equals(Catalogue.NAME))
                continue;
            if (e.getValue().length != 1) {
                problem(resp, HttpServletResponse.SC_BAD_REQUEST, "parameter " + e.getKey() + " is given more than once");
                return;
            }
            values.put(e.getKey(), e.getValue()[0]);
        }
        List<String> missing = new ArrayList<>();
        for (QueryParam p : query.params()) {
            // a blank optional field is a parameter left free, not a search for the empty name
            if (p.optional() && values.containsKey(p.name()) && values.get(p.name()).isBlank())
                values.remove(p.name());
            if (!p.optional() && !values.containsKey(p.name()))
                missing.add(p.name());
        }

        Map<String, Node> bindings;
        try {
            bindings = QueryRunner.bindings(query, values);     // an undeclared name or a bad value: 400
        } catch (IllegalArgumentException e) {
            problem(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        if (!missing.isEmpty()) {
            problem(resp, HttpServletResponse.SC_BAD_REQUEST,
                    "query " + name + " needs a value for: " + String.join(", ", missing));
            return;
        }

        DatasetGraph dataset = dataset(req);
        ResultLimit limit = ResultLimit.of(dataset.getContext());
        RowSetRewindable rows;
        try {
            rows = new QueryRunner(dataset, TIMEOUT_MILLIS).select(capped(query, limit), bindings);
        } catch (QueryCancelledException e) {
            problem(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "query " + name + " timed out");
            return;
        } catch (IllegalArgumentException e) {                  // not a SELECT
            problem(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        if (limit.exceededBy(rows.size())) {
            problem(resp, HttpServletResponse.SC_BAD_REQUEST, limit.refusal("rows"));
            return;
        }
        resp.setContentType(WebContent.contentTypeResultsJSON + "; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        try (OutputStream out = resp.getOutputStream()) {
            ResultSetMgr.write(out, ResultSet.adapt(rows), ResultSetLang.RS_JSON);
        }
    }

    /**
     * The query with {@code LIMIT max+1} unless it has a lower one, as the SPARQL endpoint runs it
     * ({@code LimitedQuery}): at most one row past the limit is read into memory. The query is changed as
     * a syntax tree; parameter values are not in it (they are bound when it runs).
     */
    static CannedQuery capped(CannedQuery query, ResultLimit limit) {
        if (limit.unlimited())
            return query;
        Query q = QueryFactory.create(query.sparql());
        long cap = limit.max() + 1;
        if (!q.isSelectType() || (q.hasLimit() && q.getLimit() <= cap))
            return query;
        q.setLimit(cap);
        return new CannedQuery(query.name(), query.title(), query.question(), query.params(), q.serialize());
    }

    private DatasetGraph dataset(HttpServletRequest req) {
        DataAccessPoint dap = DataAccessPointRegistry.get(req.getServletContext()).get(catalogue.dataset());
        if (dap == null)
            throw new IllegalStateException("no dataset " + catalogue.dataset() + " on this server");
        return dap.getDataService().getDataset();
    }

    private static void problem(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println(message);
    }
}
