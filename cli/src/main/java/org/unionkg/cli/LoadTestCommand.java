package org.unionkg.cli;

import org.apache.jena.atlas.logging.LogCtl;
import org.apache.jena.fuseki.main.FusekiServer;
import org.unionkg.bench.BenchReport;
import org.unionkg.bench.LoadTest;
import org.unionkg.page.Manifest;
import org.unionkg.page.PageReader;
import org.unionkg.pipeline.PageProcessor;
import org.unionkg.query.CannedQueries;
import org.unionkg.server.ServerSettings;
import org.unionkg.server.UnionKgServer;
import org.unionkg.store.Folders;
import org.unionkg.store.GraphStore;
import org.unionkg.store.LoadReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code unionkg load-test [--clients 32] [--seconds 30] [--warmup 5] [--db DIR] [--results bench/RESULTS.md]}:
 * serves a store on loopback and runs {@link LoadTest} against it, then appends the figures to the results file.
 * Without {@code --db} the store is a fresh one loaded from {@code seeds/} in a temporary folder, deleted after.
 */
@Command(name = "load-test", mixinStandardHelpOptions = true,
        description = "Serve a store on loopback, run concurrent clients over the canned queries for a fixed time, "
                + "and append throughput and p50/p90/p99 latency to bench/RESULTS.md. Exit code 1 if any request failed.")
public final class LoadTestCommand implements Callable<Integer> {

    @Option(names = "--clients", defaultValue = "32", description = "concurrent clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "measured time in seconds (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5", description = "seconds of load before measuring (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--db", paramLabel = "DIR", description = "serve this store (default: a fresh store of seeds/ in a temporary folder)")
    Path db;

    @Option(names = "--pages", paramLabel = "PATH", description = "pages for the fresh store (default: seeds/ in the project)")
    Path pages;

    @Option(names = "--config", paramLabel = "FILE", description = "Fuseki configuration (default: fuseki-config/config.ttl)")
    Path config;

    @Option(names = "--results", paramLabel = "FILE", description = "where to append the figures (default: bench/RESULTS.md)")
    Path results;

    @Option(names = "--notes", paramLabel = "TEXT", description = "a remark to keep with the figures")
    String notes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path temp = null;
        Path store = db;
        String storeText;
        if (store == null) {
            Path from = pages != null ? pages : ProjectPaths.underRoot("seeds");
            temp = Files.createTempDirectory("unionkg-load-test");
            store = temp.resolve("tdb2");
            storeText = freshStore(store, from);
        } else if (!Files.isDirectory(store)) {
            throw new IllegalArgumentException("no store at " + store);
        } else {
            try (GraphStore gs = GraphStore.open(store)) {
                storeText = String.format(Locale.ROOT, "%s (%,d quads)", store, gs.quadCount());
            }
        }
        // One log line per request would measure the console, not the server.
        LogCtl.setLevel("org.apache.jena.fuseki.Fuseki", "warn");
        Path cfg = config != null ? config : ProjectPaths.underRoot("fuseki-config/config.ttl");
        FusekiServer server = UnionKgServer.start(ServerSettings.readOnly(store, 0, cfg, true));
        try {
            List<LoadTest.Request> requests = LoadTest.requests(CannedQueries.all());
            err.printf(Locale.ROOT, "load test: %d clients, %d s after %d s warm-up, %d queries, against %s%n",
                    clients, seconds, warmup, requests.size(), server.datasetURL("/unionkg"));
            err.flush();
            LoadTest.Figures figures = LoadTest.run(server.datasetURL("/unionkg") + "/query", requests,
                    new LoadTest.Settings(clients, Duration.ofSeconds(seconds), Duration.ofSeconds(warmup)));
            String section = BenchReport.section(figures, requests, storeText,
                    (notes == null ? "" : notes + "; ") + "config " + cfg.getFileName() + ", Fuseki request log off");
            Path file = results != null ? results : ProjectPaths.underRoot("bench/RESULTS.md");
            BenchReport.append(file, section);
            out.print(section);
            out.println("appended to " + file);
            return figures.failures() == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
        } finally {
            server.stop();
            if (temp != null) Folders.deleteTree(temp);
        }
    }

    private static String freshStore(Path store, Path from) throws IOException {
        PageProcessor processor = PageProcessor.standard(new PageReader(Manifest.near(from)));
        try (GraphStore gs = GraphStore.open(store)) {
            LoadReport report = LoadCommand.load(gs, processor, List.of(from), new ProgressLine(new PrintWriter(System.err, true)));
            if (!report.ok()) throw new IllegalStateException("the pages did not all load: " + report.summary());
            return String.format(Locale.ROOT, "fresh TDB2 store of %s: %d pages, %d articles, %,d quads (reference data included)",
                    from.getFileName(), report.pagesLoaded(), report.articles(), report.quadsAfter());
        }
    }
}
