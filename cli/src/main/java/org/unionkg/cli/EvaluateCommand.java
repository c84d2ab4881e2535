package org.unionkg.cli;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.unionkg.evaluate.Evaluator;
import org.unionkg.evaluate.Gold;
import org.unionkg.evaluate.Score;
import org.unionkg.page.BadPageException;
import org.unionkg.page.Manifest;
import org.unionkg.page.PageReader;
import org.unionkg.pipeline.PageProcessor;
import org.unionkg.pipeline.ProcessedPage;
import org.unionkg.store.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code unionkg evaluate}: runs the extraction on pages with hand-checked gold facts and prints precision,
 * recall and F1 per kind of thing and per relation. In memory: the store is not touched.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measure the extraction against hand-checked facts: the seed pages, the development pages and the held-out pages of eval/heldout.")
public final class EvaluateCommand implements Callable<Integer> {
    /** Pages in the seeds' style whose misses have been read and fixed: no longer an honest held-out figure. */
    static final String DEV_PAGES = "loader/src/test/resources/pages-dev";

    @Option(names = "--pages", paramLabel = "DIR",
            description = "a folder of pages, each <id>.txt with its gold <id>.json beside it (default: seeds/, the development pages and eval/heldout/)")
    Path pages;

    @Option(names = "--errors", description = "also list every false positive and false negative")
    boolean errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, BadPageException {
        PrintWriter out = spec.commandLine().getOut();
        if (pages != null) {
            List<Gold> gold = Gold.loadAll(pages);
            if (gold.isEmpty() && Files.isSameFile(pages, ProjectPaths.underRoot("seeds"))) {
                gold = Gold.seeds(); // the seeds' gold lives on the classpath, not beside the pages
            }
            report(out, pages.toString(), pages, gold);
        } else {
            Path seeds = ProjectPaths.underRoot("seeds");
            report(out, "seed pages (the rules were written against these)", seeds, Gold.seeds());
            Path dev = ProjectPaths.underRoot(DEV_PAGES);
            if (Files.isDirectory(dev)) {
                report(out, "development pages (" + DEV_PAGES + ": read while fixing the rules)", dev, Gold.loadAll(dev));
            }
            Path heldout = ProjectPaths.underRoot("eval/heldout");
            List<Gold> heldoutGold = Files.isDirectory(heldout) ? Gold.loadAll(heldout) : List.of();
            if (!heldoutGold.isEmpty()) {
                report(out, "held-out pages (eval/heldout: not used to write the rules)", heldout, heldoutGold);
            } else {
                out.println("== held-out pages: none in eval/heldout (the figures above are not an honest measure)");
                out.flush();
            }
        }
        return ExitCodes.OK;
    }

    private void report(PrintWriter out, String title, Path dir, List<Gold> gold) throws IOException, BadPageException {
        PageProcessor processor = PageProcessor.standard(new PageReader(Manifest.near(dir)));
        DatasetGraph dsg = DatasetGraphFactory.create();
        ReferenceData.load().find().forEachRemaining(dsg::add);
        for (Gold g : gold) {
            ProcessedPage page = processor.process(dir.resolve(g.page() + ".txt"));
            page.quads().forEach(dsg::add);
        }
        Score score = new Evaluator().evaluate(dsg, gold);
        out.println("== " + title + ": " + gold.size() + " pages");
        out.println(score.toTable());
        if (errors) {
            out.println(score.errorListing());
        }
        out.flush();
    }
}
