package org.unionkg.cli;

import org.unionkg.rdf.Prefixes;
import org.unionkg.store.Dump;
import org.unionkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

/**
 * {@code unionkg export [--db DIR] [--format nq|ttl|trig] [--gzip] [--out FILE]}: the whole store as one file,
 * written from one read transaction ({@link Dump}). Without {@code --out} the dump goes to standard output
 * (bytes, so {@code --gzip} can be piped) and the summary line to standard error.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole store: N-Quads or TriG keep each article's graph, Turtle writes their union.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "nq", paramLabel = "nq|ttl|trig",
            description = "nq (default), trig, or ttl (the union of the graphs, without graph names)")
    Dump.Format format;

    @Option(names = "--gzip", description = "gzip the output")
    boolean gzip;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path db = store.location();
        if (!Files.isDirectory(db))
            throw new IllegalArgumentException("no store at " + db + " (load one first)");
        long n;
        try (GraphStore gs = GraphStore.open(db); OutputStream sink = open()) {
            OutputStream target = gzip ? new GZIPOutputStream(sink, 1 << 16) : sink;
            n = Dump.write(gs.datasetGraph(), format, Prefixes.standard(), target);
            if (target instanceof GZIPOutputStream z)
                z.finish();
            target.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dump: " + e.getMessage(), e);
        }
        String what = (format == Dump.Format.TTL ? " triples" : " quads") + " (" + format.extension() + (gzip ? ", gzip" : "") + ")";
        if (out != null)
            spec.commandLine().getOut().println("wrote " + n + what + " to " + out);
        else
            spec.commandLine().getErr().println("wrote " + n + what);
        return ExitCodes.OK;
    }

    /** The file given, or standard output kept open after the dump. */
    private OutputStream open() throws IOException {
        if (out == null)
            return new BufferedOutputStream(new NonClosing(System.out), 1 << 16);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null)
            Files.createDirectories(parent);
        return new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
    }

    /** Standard output must stay open for whatever the process writes after the command. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }
        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
        @Override public void close() throws IOException { out.flush(); }
    }
}
