package org.unionkg.cli;

import org.unionkg.graph.GraphFormat;
import org.unionkg.graph.GraphView;
import org.unionkg.graph.GraphViews;
import org.unionkg.query.CannedQuery;
import org.unionkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code unionkg export-graph --format graphml|gexf|cyjs [--query VIEW|FILE.rq] [--out FILE] [--db DIR]}: a graph
 * view of the store as a file for Gephi, Cytoscape or yEd.
 */
@Command(name = "export-graph", mixinStandardHelpOptions = true,
        description = {"Write a graph view of the store for visualisation tools: GraphML (yEd, Gephi, networkx),",
                "GEXF (Gephi) or Cytoscape.js JSON. A view is a CONSTRUCT query: a shipped one by name",
                "(union-tree, people-and-unions, events-by-district) or your own .rq file."})
public final class ExportGraphCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "graphml, gexf or cyjs")
    String format;

    @Option(names = {"--query", "--view"}, paramLabel = "VIEW|FILE.rq", defaultValue = GraphViews.DEFAULT_VIEW,
            description = "a shipped view or a CONSTRUCT query file (default: ${DEFAULT-VALUE})")
    String query;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write (default: standard output)")
    Path out;

    @Option(names = "--timeout", defaultValue = "30000", paramLabel = "MS", description = "query timeout in ms (default: ${DEFAULT-VALUE})")
    long timeout;

    @Option(names = "--list", description = "list the shipped views and exit")
    boolean list;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (list) {
            for (String name : GraphViews.names()) {
                spec.commandLine().getOut().printf("%-24s %s%n", name, GraphViews.resolve(name).title());
            }
            return ExitCodes.OK;
        }
        GraphFormat f = GraphFormat.of(format);
        CannedQuery view = GraphViews.resolve(query);
        if (!Files.isDirectory(store.location())) {
            throw new IllegalArgumentException("no store at " + store.location() + " (load one first)");
        }
        GraphView graph;
        try (GraphStore gs = GraphStore.open(store.location())) {
            graph = GraphViews.build(gs.datasetGraph(), view, timeout);
        }
        if (out != null) {
            try (OutputStream o = Files.newOutputStream(out)) {
                f.write(graph, o);
            }
            spec.commandLine().getErr().println(graph.nodes().size() + " nodes, " + graph.edges().size() + " edges → " + out);
        } else {
            // through the command line's writer, so that tests capture it and nothing is written half
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            f.write(graph, buf);
            spec.commandLine().getOut().print(buf.toString(java.nio.charset.StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
