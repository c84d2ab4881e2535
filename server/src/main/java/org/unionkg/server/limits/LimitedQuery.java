package org.unionkg.server.limits;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's SPARQL query operation with a {@link ResultLimit}.
 * <p>
 * The answer is counted before the first byte is sent: once a response has started streaming its
 * status can no longer say "refused". So a SELECT runs with {@code LIMIT max+1} (a lower LIMIT of
 * the query stays; with ORDER BY this also lets ARQ keep only the top rows instead of sorting all),
 * at most {@code max+1} rows are read into memory, and more than {@code max} is a 400 with the
 * reason. CONSTRUCT quads are read the same way, one past the limit at most; a DESCRIBE graph is
 * counted once built. ASK has one answer. Everything else (timeouts, content negotiation, the
 * dataset description) is Fuseki's own.
 */
public class LimitedQuery extends SPARQL_QueryDataset {

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        ResultLimit limit = ResultLimit.of(action.getContext());
        Query q = query;
        if (!limit.unlimited() && query.isSelectType()) {
            long cap = limit.max() + 1;
            if (!query.hasLimit() || query.getLimit() > cap) {
                q = query.cloneQuery();
                q.setLimit(cap);
            }
        }
        return super.createQueryExec(action, q, dataset);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        ResultLimit limit = ResultLimit.of(action.getContext());
        if (limit.unlimited() || requestQuery.isAskType())
            return super.executeQuery(action, queryExec, requestQuery, queryStringLog);

        if (requestQuery.isSelectType()) {
            RowSet rows = queryExec.select();
            List<Binding> kept = take(rows, limit, "rows", action);
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
        }
        if (requestQuery.isConstructType()) {
            DatasetGraph dataset = DatasetGraphFactory.create();
            take(queryExec.constructQuads(), limit, "triples", action).forEach(dataset::add);
            return new QueryExecResult(dataset);
        }
        if (requestQuery.isDescribeType()) {
            Graph graph = queryExec.describe();
            if (limit.exceededBy(graph.size()))
                refuse(action, limit, "triples");
            return new QueryExecResult(graph);
        }
        if (requestQuery.isJsonType()) {
            List<JsonObject> items = take(queryExec.execJsonItems(), limit, "items", action);
            return new QueryExecResult(items.iterator());
        }
        return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
    }

    /** Read at most one result past the limit; refuse if that one exists. */
    private static <T> List<T> take(Iterator<T> results, ResultLimit limit, String what, HttpAction action) {
        List<T> kept = new ArrayList<>();
        while (results.hasNext()) {
            T next = results.next();
            if (limit.exceededBy(kept.size() + 1L))
                refuse(action, limit, what);
            kept.add(next);
        }
        return kept;
    }

    private static void refuse(HttpAction action, ResultLimit limit, String what) {
        action.log.info(String.format("[%d] refused: more than %d %s", action.id, limit.max(), what));
        ServletOps.errorBadRequest(limit.refusal(what));
    }
}
