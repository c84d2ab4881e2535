package org.unionkg.cli;

import org.unionkg.page.Manifest;
import org.unionkg.page.PageReader;
import org.unionkg.pipeline.PageProcessor;
import org.unionkg.store.BulkLoad;
import org.unionkg.store.GraphStore;
import org.unionkg.store.LoadError;
import org.unionkg.store.LoadReport;
import org.unionkg.store.PageLoader;
import org.unionkg.store.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

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
                        + "index built as the quads pass; the same graph as a normal load, faster, and a smaller store."})
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
        try (GraphStore gs = GraphStore.open(store.location())) {
            LoadReport report;
            if (bulk) {
                ProgressLine progress = new ProgressLine(err);
                report = BulkLoad.loadPages(processor, gs, paths, Runtime.getRuntime().availableProcessors(), loader,
                        progress);
                progress.finish();
            } else {
                report = load(gs, processor, paths, new ProgressLine(err), batch);
            }
            for (LoadError e : report.errors()) {
                err.println("error: " + e);
            }
            out.println(report.summary());
            return report.ok() ? ExitCodes.OK : ExitCodes.FAILURE;
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
