package org.unionkg.cli;

import org.unionkg.page.Manifest;
import org.unionkg.page.PageReader;
import org.unionkg.pipeline.PageProcessor;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.unionkg.store.BulkLoad;
import org.unionkg.store.Folders;
import org.unionkg.store.GraphStore;
import org.unionkg.store.LoadError;
import org.unionkg.store.LoadReport;
import org.unionkg.store.PageLoader;
import org.unionkg.store.ProgressListener;
import org.unionkg.store.ReferenceData;
import org.unionkg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code unionkg load [--db DIR] [--bulk] PATH...}: pages and folders of pages into the store, each page replacing
 * its old graphs; or, with {@code --bulk}, the first load of a large corpus into a new store through the TDB2 bulk
 * loader.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load page files or folders of pages into the TDB2 store. Loading a page again replaces it.",
                "--bulk: the first load of a large corpus into a new, empty store (refused if the store holds data): "
                        + "a first pass on all cores decides the corpus's namesakes, a second extracts again and "
                        + "streams the quads, with every person's final IRI, into Jena's TDB2 bulk loader, the text "
                        + "index built as the quads pass; the same graph as a normal load, faster, and a smaller store. The store is "
                        + "built beside --db and moved into place when done, so a failed load leaves --db as it was."})
public final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "manifest of the pages (default: manifest.json in the first folder given, or beside the first file)")
    Path manifest;

    @Option(names = "--batch", paramLabel = "PAGES", defaultValue = "" + PageLoader.BATCH,
            description = "pages per write transaction, at most (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--bulk", description = "build a new store with the TDB2 bulk loader (the store must be empty)")
    boolean bulk;

    @Option(names = "--loader", paramLabel = "KIND", defaultValue = "parallel",
            description = "with --bulk, which TDB2 loader: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    BulkLoad.Loader loader;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "page files (.txt) or folders holding them")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Manifest m = manifest();
        PageProcessor processor = PageProcessor.standard(new PageReader(m));
        LoadReport report;
        if (bulk) {
            ProgressLine progress = new ProgressLine(err);
            try {
                report = bulkLoad(store.location(), processor, paths, Runtime.getRuntime().availableProcessors(),
                        loader, progress);
            } finally {
                progress.finish();
            }
        } else {
            try (GraphStore gs = GraphStore.open(store.location())) {
                report = load(gs, processor, paths, new ProgressLine(err), batch);
            }
        }
        for (LoadError e : report.errors()) {
            err.println("error: " + e);
        }
        out.println(report.summary());
        return report.ok() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /**
     * {@code load --bulk}: builds the new store in a hidden folder beside {@code target} and moves it into place
     * only when the bulk load and its text index are done. A bulk loader writes TDB2's files directly and cannot be
     * rolled back, so a load that fails part-way (a worker's error, a full disk, an interrupt) would otherwise leave
     * a half-built store at {@code target}; here it leaves {@code target} as it was (absent if it was absent) and
     * the partial build is deleted.
     *
     * @throws StoreException if {@code target} already holds quads (nothing is built), or if the load failed
     */
    static LoadReport bulkLoad(Path target, PageProcessor processor, List<Path> paths, int workers,
                               BulkLoad.Loader loader, ProgressListener progress) {
        refuseUnlessEmpty(target);
        Path building = Folders.beside(target, "bulk");
        // an interrupt (Ctrl-C) ends the JVM without unwinding this method: the hook removes the partial build
        Thread cleanup = new Thread(() -> Folders.deleteTree(building), "unionkg-bulk-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        boolean installed = false;
        try {
            LoadReport report;
            try (GraphStore gs = GraphStore.open(building)) {
                report = BulkLoad.loadPages(processor, gs, paths, workers, loader, progress);
            }
            Folders.moveInto(building, target);
            installed = true;
            return report;
        } catch (RuntimeException e) {
            // BulkLoad's message names the folder to delete; that was the hidden build, and it is gone. Anything
            // else (a failure in the first pass, which writes nothing) is reported the same way
            Throwable why = e.getCause() != null ? e.getCause() : e;
            throw new StoreException("bulk load failed, and " + target + " was left as it was (the partial build "
                    + "beside it is deleted): " + why.getMessage(), e);
        } finally {
            if (!installed) {
                Folders.deleteTree(building);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway, and finds nothing or the partial build to delete
            }
        }
    }

    /** A bulk load builds a new store: {@code target} must be absent, an empty folder, or a store with no quads. */
    private static void refuseUnlessEmpty(Path target) {
        if (!Files.isDirectory(target)) {
            if (Files.exists(target)) {
                throw new StoreException(target + " is a file, not a store folder", null);
            }
            return;
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isEmpty()) {
                return;
            }
        } catch (IOException e) {
            throw new StoreException("cannot read " + target + ": " + e.getMessage(), e);
        }
        try (GraphStore gs = GraphStore.open(target)) {
            DatasetGraph dsg = gs.datasetGraph();
            if (!Txn.calculateRead(dsg, dsg::isEmpty)) {
                throw new StoreException(String.format(Locale.ROOT, "--bulk builds a new store, and %s already holds "
                        + "%,d quads: load into a new, empty --db folder, or load without --bulk (which replaces the "
                        + "pages given and keeps the rest)", target, gs.quadCount()), null);
            }
        }
    }

    /** Reference data first, then the pages: the demo command uses this too. */
    static LoadReport load(GraphStore gs, PageProcessor processor, List<Path> paths, ProgressLine progress) {
        return load(gs, processor, paths, progress, PageLoader.BATCH);
    }

    static LoadReport load(GraphStore gs, PageProcessor processor, List<Path> paths, ProgressLine progress, int batch) {
        ReferenceData.install(gs);
        LoadReport report = new PageLoader(processor, gs, progress, Runtime.getRuntime().availableProcessors(), batch)
                .load(paths);
        progress.finish();
        return report;
    }

    private Manifest manifest() throws IOException {
        if (manifest != null) {
            return Manifest.load(manifest);
        }
        return Manifest.near(paths.get(0));
    }
}
