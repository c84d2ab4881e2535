package org.unionkg.cli;

import org.unionkg.query.CannedQueries;
import org.unionkg.query.CannedQuery;
import org.unionkg.query.QueryRunner;
import org.unionkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code unionkg query [--db DIR] [--format table|csv|tsv|json] [--param name=value]... QUERY}. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query file or a canned query from queries/ on the store.")
public final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE})")
    QueryRunner.Format format;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "bind a parameter the query declares; the value is data, never SPARQL")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--timeout", defaultValue = "30000", paramLabel = "MS", description = "query timeout in ms (default: ${DEFAULT-VALUE})")
    long timeout;

    @Option(names = "--list", description = "list the canned queries and exit")
    boolean list;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "a .rq file or the name of a canned query")
    String query;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (list || query == null) {
            for (CannedQuery q : CannedQueries.all()) {
                spec.commandLine().getOut().printf("%-32s %s%n", q.name(), q.title());
            }
            return query == null && !list ? ExitCodes.USAGE : ExitCodes.OK;
        }
        CannedQuery q = CannedQueries.resolve(query);
        var bindings = QueryRunner.bindings(q, params);
        try (GraphStore gs = GraphStore.open(store.location())) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            new QueryRunner(gs.datasetGraph(), timeout).run(q, bindings, format, buf);
            spec.commandLine().getOut().print(buf.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
