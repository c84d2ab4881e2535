package org.unionkg.store;

import org.unionkg.page.BadPageException;
import org.unionkg.pipeline.PageProcessor;
import org.unionkg.pipeline.ProcessedPage;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.unionkg.resolve.Homophones;
import org.unionkg.resolve.Namesakes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads page files into the store: extraction on every core, one writer, a bounded queue between them.
 *
 * <p>Extraction is a pure function of one page ({@link PageProcessor}), so {@link #workers} threads run it side
 * by side; the store takes one writer at a time, so the calling thread writes up to {@link #BATCH} pages (or the batch size given) to a
 * transaction (whole pages only). Pending results wait on a queue of two batches in file order
 * ({@link OrderedWork}); when the writer falls behind the queue fills and no more pages are read, so at most three batches of extracted pages are in memory however many pages are loaded: memory
 * stays flat as the corpus grows. (The list of file names is kept; it is small beside the pages.)
 *
 * <p>Homophones. Each worker mints a page's IRIs as if it were alone; before a batch is written, the writer decides
 * who holds each slug the batch's names share with one another or with the store ({@link Homophones}: a name the
 * store already has under the plain IRI keeps it, otherwise the first page in file order holds it, the first name in
 * code-point order on that page), with one or two index lookups per distinct name in the batch, and maps again (no
 * second extraction) the few pages whose IRIs that changes. The same pages in the same order therefore give the
 * same graph whatever the batch size, and the same graph as {@code load --bulk} ({@link BulkLoad#loadPages}).
 * One writer per store: the decision is read before the batch's write transaction, which nothing else writes between.
 *
 * <p>A page that cannot be read or split is reported with its file and reason; the other pages still load.
 * Progress and errors come in the order the files were given.
 */
public final class PageLoader {
    /**
     * Pages per write transaction, at most: big enough to amortise the commit (a TDB2 commit syncs the journal
     * and the indexes to disk, which costs far more than the quads of a few pages), small enough to bound memory
     * (a page is a few hundred quads). A daily load of a few pages is one transaction.
     */
    public static final int BATCH = 256;

    private final PageProcessor processor;
    private final GraphStore store;
    private final ProgressListener progress;
    private final int workers;
    /** pages per write transaction, at most */
    private final int batchSize;

    public PageLoader(PageProcessor processor, GraphStore store, ProgressListener progress) {
        this(processor, store, progress, Runtime.getRuntime().availableProcessors());
    }

    /** With a given number of extraction threads (the benchmark measures 1 and all cores). */
    public PageLoader(PageProcessor processor, GraphStore store, ProgressListener progress, int workers) {
        this(processor, store, progress, workers, BATCH);
    }

    /** With a given number of extraction threads and pages per transaction ({@link #BATCH} by default). */
    public PageLoader(PageProcessor processor, GraphStore store, ProgressListener progress, int workers, int batchSize) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("a transaction holds at least 1 page, not " + batchSize);
        }
        this.processor = processor;
        this.store = store;
        this.progress = progress;
        this.workers = workers;
        this.batchSize = batchSize;
    }

    /** Told of each write transaction: how many pages and quads it wrote and how long the write took. */
    @FunctionalInterface
    public interface WriteMonitor {
        WriteMonitor NONE = (pages, quads, nanos) -> { };

        void batchWritten(int pages, long quads, long nanos);
    }

    public LoadReport load(List<Path> paths) {
        return load(paths, WriteMonitor.NONE);
    }

    /** As {@link #load(List)}, telling {@code monitor} of every write (the benchmark's store rate). */
    public LoadReport load(List<Path> paths, WriteMonitor monitor) {
        long t0 = System.nanoTime();
        long before = store.quadCount();
        List<LoadError> errors = new ArrayList<>();
        List<Path> files = pageFiles(paths, errors);
        int[] counts = new int[3];                       // pages, articles, done: written by this thread only
        List<Extracted> batch = new ArrayList<>(batchSize);
        List<Path> batchFiles = new ArrayList<>(batchSize);
        Runnable flush = () -> {
            long w0 = System.nanoTime();
            List<ProcessedPage> pages = decideSlugs(batch, errors);
            store.replacePages(pages);
            if (monitor != WriteMonitor.NONE) {
                long nanos = System.nanoTime() - w0;
                monitor.batchWritten(pages.size(), pages.stream().mapToLong(ProcessedPage::quadCount).sum(), nanos);
            }
            for (ProcessedPage pp : pages) {
                counts[0]++;
                counts[1] += pp.articles().size();
            }
            for (Path f : batchFiles) {
                progress.pageDone(++counts[2], files.size(), f);
            }
            batch.clear();
            batchFiles.clear();
        };
        // extracted pages waiting for the writer, at most
        OrderedWork.run(files, workers, 2 * batchSize, f -> extract(processor, f), (file, result) -> {
            if (result instanceof Extracted x) {
                batch.add(x);
            } else {
                errors.add((LoadError) result);
            }
            batchFiles.add(file);
            if (batchFiles.size() == batchSize) {
                flush.run();
            }
        });
        if (!batchFiles.isEmpty()) {
            flush.run();
        }
        int pages = counts[0];
        int articles = counts[1];
        return new LoadReport(pages, articles, before, store.quadCount(), errors,
                Duration.ofNanos(System.nanoTime() - t0));
    }

    /** A page extracted, and mapped as if it were alone; {@code names} are the names it mints IRIs for. */
    private record Extracted(PageProcessor.Extraction extraction, Set<Homophones.Name> names, ProcessedPage alone) {}

    /** The page extracted and mapped alone, or the {@link LoadError} that says why it could not be. */
    private static Object extract(PageProcessor processor, Path file) {
        try {
            PageProcessor.Extraction x = processor.extract(file);
            return new Extracted(x, x.names(), processor.map(x, Namesakes.NONE));
        } catch (BadPageException e) {
            return new LoadError(e.file(), e.reason());
        } catch (RuntimeException e) {
            return new LoadError(file, "internal error: " + e);
        }
    }

    /**
     * The batch's pages with the slugs their names share decided against the store and one another: the pages as
     * minted alone, but for those whose IRIs the decision changes, mapped again with it. A page that then fails
     * goes to {@code errors}.
     */
    private List<ProcessedPage> decideSlugs(List<Extracted> batch, List<LoadError> errors) {
        List<Set<Homophones.Name>> names = batch.stream().map(Extracted::names).toList();
        DatasetGraph dsg = store.datasetGraph();
        Homophones decided = Txn.calculateRead(dsg, () -> Homophones.decide(names, Homophones.publishedIn(dsg)));
        List<ProcessedPage> out = new ArrayList<>(batch.size());
        for (Extracted x : batch) {
            if (decided.isEmpty() || decided.agrees(Homophones.decide(x.names(), iri -> null), x.names())) {
                out.add(x.alone());
                continue;
            }
            try {
                out.add(processor.map(x.extraction(), Namesakes.NONE.with(decided)));
            } catch (BadPageException e) {
                errors.add(new LoadError(e.file(), e.reason()));
            }
        }
        return out;
    }

    /** As {@link #process(PageProcessor, Path)}, with the corpus's namesakes decided (a bulk load's second pass). */
    static Object process(PageProcessor processor, Path file, Namesakes namesakes) {
        try {
            return processor.process(file, namesakes);
        } catch (BadPageException e) {
            return new LoadError(e.file(), e.reason());
        } catch (RuntimeException e) {
            // a bug must not cost the other pages; report it with the file so it can be reproduced
            return new LoadError(file, "internal error: " + e);
        }
    }

    /** The page files of these files and folders; a path that is not one goes to {@code errors} with its reason. */
    static List<Path> pageFiles(List<Path> paths, List<LoadError> errors) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            try {
                files.addAll(pageFiles(p));
            } catch (BadPageException e) {
                errors.add(new LoadError(e.file(), e.reason()));
            }
        }
        return files;
    }

    /**
     * The page files under a path: the file itself, or every {@code .txt} file under a folder in name order
     * (the manifest and hidden files are not pages).
     */
    static List<Path> pageFiles(Path path) throws BadPageException {
        if (!Files.exists(path)) {
            throw new BadPageException(path, "no such file or folder");
        }
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> s = Files.walk(path)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new BadPageException(path, "cannot list the folder: " + e.getMessage(), e);
        }
    }
}
