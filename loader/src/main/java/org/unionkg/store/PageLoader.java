package org.unionkg.store;

import org.unionkg.page.BadPageException;
import org.unionkg.pipeline.PageProcessor;
import org.unionkg.pipeline.ProcessedPage;
import org.unionkg.resolve.Namesakes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        List<ProcessedPage> batch = new ArrayList<>(batchSize);
        List<Path> batchFiles = new ArrayList<>(batchSize);
        Runnable flush = () -> {
            long w0 = System.nanoTime();
            store.replacePages(batch);
            if (monitor != WriteMonitor.NONE) {
                long nanos = System.nanoTime() - w0;
                monitor.batchWritten(batch.size(), batch.stream().mapToLong(ProcessedPage::quadCount).sum(), nanos);
            }
            for (ProcessedPage pp : batch) {
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
        OrderedWork.run(files, workers, 2 * batchSize, f -> process(processor, f), (file, result) -> {
            if (result instanceof ProcessedPage pp) {
                batch.add(pp);
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

    /** The page extracted, or the {@link LoadError} that says why it could not be. */
    static Object process(PageProcessor processor, Path file) {
        return process(processor, file, Namesakes.NONE);
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
