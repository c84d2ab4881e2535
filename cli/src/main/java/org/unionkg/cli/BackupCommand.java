package org.unionkg.cli;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.unionkg.store.GraphStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

/**
 * {@code unionkg backup [--db DIR | --from URL] [--out FILE]}: every quad of the store, as (gzipped) N-Quads.
 * <p>
 * From the store folder the dump is one TDB2 read transaction, so it is a consistent snapshot even while a
 * load runs in the same process. TDB2 lets one process at a time open a store folder, so a store that a
 * running server holds is dumped through the server instead: {@code --from http://localhost:3030/unionkg}
 * reads the Graph Store Protocol's whole-dataset GET, which Fuseki also answers inside one read transaction.
 * Either way the file is written beside its final name and moved into place when complete, so a failed
 * backup never leaves a truncated file that looks like a good one.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write every quad of the store to a gzipped N-Quads file, consistently, from the store folder "
                + "or from a running server. Restore it with the restore command.")
public final class BackupCommand implements Callable<Integer> {

    static final class Source {
        @Option(names = "--db", paramLabel = "DIR", description = "TDB2 store folder (default: data/tdb2 in the project)")
        Path db;

        @Option(names = "--from", paramLabel = "URL",
                description = "a running unionkg server's dataset URL, e.g. http://localhost:3030/unionkg "
                        + "(use this while the server holds the store)")
        URI from;
    }

    @ArgGroup(exclusive = true)
    Source source = new Source();

    @Option(names = "--out", paramLabel = "FILE",
            description = "the dump (default: backups/unionkg-<date>-<time>.nq.gz in the project); "
                    + "gzipped when the name ends in .gz")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path target = out != null ? out : defaultFile();
        long quads = source.from != null ? fromServer(source.from, target) : fromStore(store(), target);
        spec.commandLine().getOut().printf(Locale.ROOT, "backed up %,d quads from %s to %s%n",
                quads, source.from != null ? source.from : store(), target);
        return ExitCodes.OK;
    }

    private Path store() {
        return source.db != null ? source.db : ProjectPaths.underRoot("data/tdb2");
    }

    static Path defaultFile() {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        return ProjectPaths.underRoot("backups/unionkg-" + stamp + ".nq.gz");
    }

    /** Dumps the store folder in one read transaction; returns the number of quads written. */
    static long fromStore(Path db, Path target) throws IOException {
        if (!Files.isDirectory(db)) {
            throw new IllegalArgumentException("no store at " + db);
        }
        try (GraphStore gs = openOrExplain(db, "back it up through the server: ./unionkg backup --from http://localhost:3030/unionkg")) {
            DatasetGraph dsg = gs.datasetGraph();
            // find() with no pattern: the real default graph and every named graph, never the union view
            return writeAtomically(target, stream -> Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(stream::quad)));
        }
    }

    /** Opens the store, or says plainly that another process (a server) holds it and what to do instead. */
    static GraphStore openOrExplain(Path db, String instead) {
        try {
            return GraphStore.open(db);
        } catch (DBOpEnvException e) {
            // AlreadyLocked (this process) or "Failed to get a lock ... held by process N" (another one)
            if (e instanceof AlreadyLocked || String.valueOf(e.getMessage()).startsWith("Failed to get a lock")) {
                throw new IllegalStateException("the store " + db + " is open in another process (a running server?); "
                        + instead + " (" + e.getMessage() + ")", e);
            }
            throw e;
        }
    }

    /** Streams a running server's whole dataset (GSP GET, N-Quads) to the file; returns the number of quads. */
    static long fromServer(URI dataset, Path target) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(dataset)
                .header("Accept", Lang.NQUADS.getHeaderString())
                .timeout(Duration.ofHours(1))
                .GET().build();
        HttpResponse<InputStream> response;
        try {
            response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + dataset, e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("GET " + dataset + " answered " + response.statusCode() + ": "
                        + new String(body.readNBytes(500), java.nio.charset.StandardCharsets.UTF_8).strip());
            }
            // Parse what arrives, so that a truncated or garbled answer fails the backup instead of being kept.
            return writeAtomically(target, stream -> RDFParser.source(body).lang(Lang.NQUADS).parse(stream));
        }
    }

    /** What fills the dump: sends every quad to the stream. */
    interface Producer {
        void sendTo(StreamRDF stream) throws IOException;
    }

    /** Writes N-Quads (gzipped for {@code .gz}) to a temporary file beside the target, then moves it into place. */
    static long writeAtomically(Path target, Producer producer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, target.getFileName().toString(), ".part");
        try {
            long[] count = {0};
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16);
                 OutputStream os = target.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
                StreamRDF counting = new StreamRDFWrapper(writer) {
                    @Override public void quad(Quad quad) {
                        count[0]++;
                        super.quad(quad);
                    }
                    @Override public void triple(org.apache.jena.graph.Triple triple) {
                        quad(Quad.create(Quad.defaultGraphNodeGenerated, triple));
                    }
                    // the dump is data only: prefixes and base are not carried
                    @Override public void prefix(String prefix, String iri) {}
                    @Override public void base(String base) {}
                };
                counting.start();
                producer.sendTo(counting);
                counting.finish();
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count[0];
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
    }
}
