package org.unionkg.cli;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.unionkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

/**
 * {@code unionkg restore [--db DIR] [--force] FILE}: a backup (N-Quads, or TriG, gzipped or not) into the store.
 * <p>
 * The whole file goes in one write transaction: a file that fails to parse half-way leaves the store as it
 * was. A store that already holds quads is not overwritten unless {@code --force} is given; then its old
 * contents are dropped in the same transaction, so no reader ever sees a mix of the two.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Load a backup made by the backup command into an empty store "
                + "(or replace a store's contents with --force). Stop the server on that store first.")
public final class RestoreCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--force", description = "replace the contents of a store that is not empty")
    boolean force;

    @Parameters(arity = "1", paramLabel = "FILE", description = "the backup (.nq.gz, .nq, .trig, .trig.gz)")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read the backup " + file);
        }
        Lang lang = RDFLanguages.pathnameToLang(file.toString());
        if (lang == null || !RDFLanguages.isQuads(lang)) {
            lang = Lang.NQUADS;
        }
        try (GraphStore gs = BackupCommand.openOrExplain(store.location(), "stop the server first")) {
            long before = gs.quadCount();
            if (before > 0 && !force) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "the store %s holds %,d quads; restore into an empty folder, or add --force to replace them",
                        store.location(), before));
            }
            DatasetGraph dsg = gs.datasetGraph();
            Lang format = lang;
            Txn.executeWrite(dsg, () -> {
                dsg.clear();
                try (InputStream in = open(file)) {
                    RDFParser.source(in).lang(format).parse(dsg);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            // the parser wrote TDB2 directly: count what is there and keep that as the store's quad count
            spec.commandLine().getOut().printf(Locale.ROOT, "restored %,d quads from %s into %s%s%n",
                    gs.recount().counted(), file, store.location(),
                    before > 0 ? String.format(Locale.ROOT, " (replacing %,d)", before) : "");
        }
        return ExitCodes.OK;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
