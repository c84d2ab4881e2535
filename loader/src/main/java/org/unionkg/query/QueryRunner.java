package org.unionkg.query;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.system.Txn;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a canned query on a dataset, binding its parameters as RDF terms (never by editing the query text).
 */
public final class QueryRunner {

    /** How results are printed. */
    public enum Format { TABLE, CSV, TSV, JSON }

    private final DatasetGraph dataset;
    private final long timeoutMillis;

    public QueryRunner(DatasetGraph dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Parses {@code name=value} arguments against the query's declared parameters.
     * An undeclared name is an error: a typo must not silently run the query unbound.
     */
    public static Map<String, Node> bindings(CannedQuery query, Map<String, String> values) {
        Map<String, Node> out = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            QueryParam p = query.param(name).orElseThrow(() -> new IllegalArgumentException(
                    "query " + query.name() + " has no parameter '" + name + "'"
                            + (query.params().isEmpty() ? "" : "; it takes: "
                            + String.join(", ", query.params().stream().map(QueryParam::name).toList()))));
            out.put(name, p.toNode(value));
        });
        return out;
    }

    /** Runs a SELECT and returns its rows, fully read inside one read transaction. */
    public RowSetRewindable select(CannedQuery query, Map<String, Node> bindings) {
        return readRows(query, bindings, rows -> {
            // TDB2's rows hold node ids and look their terms up when read; copy each row's terms out while
            // the transaction is open, or a term not in the node cache reads back as null afterwards
            List<Binding> copied = new ArrayList<>();
            rows.forEachRemaining(b -> copied.add(BindingFactory.copy(b)));
            return RowSetStream.create(rows.getResultVars(), copied.iterator()).rewindable();
        });
    }

    /**
     * Runs a SELECT and counts its rows as they stream, holding none of them: what a client reading a large answer
     * pays, without the copy {@link #select} makes (a report over a 100,000-page store has hundreds of thousands).
     */
    public long count(CannedQuery query, Map<String, Node> bindings) {
        return readRows(query, bindings, rows -> {
            long n = 0;
            while (rows.hasNext()) {
                rows.next();
                n++;
            }
            return n;
        });
    }

    /** Runs a SELECT and hands its rows to {@code reader} inside one read transaction. */
    private <T> T readRows(CannedQuery query, Map<String, Node> bindings, java.util.function.Function<RowSet, T> reader) {
        Query q = parse(query);
        if (!q.isSelectType()) {
            throw new IllegalArgumentException(query.name() + " is not a SELECT query");
        }
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = build(q, bindings).build()) {
                return reader.apply(exec.select());
            }
        });
    }

    /** Runs any query and writes its result to {@code out} in the given format. */
    public void run(CannedQuery query, Map<String, Node> bindings, Format format, OutputStream out) {
        Query q = parse(query);
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = build(q, bindings).build()) {
                if (q.isSelectType()) {
                    write(exec.select(), format, out);
                } else if (q.isAskType()) {
                    boolean answer = exec.ask();
                    if (format == Format.JSON) {
                        ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
                    } else {
                        writeText(out, Boolean.toString(answer) + "\n");
                    }
                } else {
                    Lang lang = format == Format.JSON ? Lang.JSONLD : Lang.TURTLE;
                    RDFDataMgr.write(out, q.isDescribeType() ? exec.describe() : exec.construct(), lang);
                }
            }
        });
    }

    /**
     * Rows a sort, DISTINCT or group may hold in memory before ARQ spills them to temporary files. ARQ's default is
     * never to spill, and a report over a 100,000-page store (560,000 articles sorted by page) ran a 1 GB heap out;
     * Fuseki's configuration sets the same threshold.
     */
    public static final long SPILL_TO_DISK_THRESHOLD = 100_000;

    private QueryExecBuilder build(Query q, Map<String, Node> bindings) {
        QueryExecBuilder b = QueryExec.dataset(dataset).query(q).set(org.apache.jena.query.ARQ.spillToDiskThreshold,
                SPILL_TO_DISK_THRESHOLD);
        bindings.forEach(b::substitution);
        if (timeoutMillis > 0) {
            b.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        return b;
    }

    /**
     * The sort keys that a substitution turned into constants dropped ({@code ORDER BY ?district} with the district
     * given reads {@code ORDER BY "朝阳区"@zh}): they order nothing, and a bare constant is not a SPARQL sort key,
     * so the text of a query bound by syntax (for an endpoint or the Fuseki UI) would not parse. Changes {@code q}.
     */
    public static Query withoutConstantSortKeys(Query q) {
        if (q.hasOrderBy()) {
            q.getOrderBy().removeIf(c -> c.getExpression().isConstant());   // none left: no ORDER BY is written
        }
        return q;
    }

    private static Query parse(CannedQuery query) {
        try {
            return QueryFactory.create(query.sparql());
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(query.name() + ": not valid SPARQL: " + e.getMessage(), e);
        }
    }

    private static void write(RowSet rows, Format format, OutputStream out) {
        ResultSet results = ResultSet.adapt(rows);
        switch (format) {
            case CSV -> ResultSetMgr.write(out, results, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, results, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, results, ResultSetLang.RS_JSON);
            case TABLE -> ResultSetFormatter.out(out, results);
        }
    }

    private static void writeText(OutputStream out, String s) {
        try {
            out.write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
