package org.unionkg.store;

import org.unionkg.page.BadPageException;
import org.unionkg.pipeline.PageProcessor;
import org.unionkg.pipeline.ProcessedPage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Loads page files into the store: pages are processed off the store (in parallel, they are independent),
 * then written in batches, each batch one transaction holding whole pages only. A page that cannot be read
 * or split is reported with its file and reason; the other pages still load.
 */
public final class PageLoader {
    /** Pages per write transaction: big enough to amortise the commit, small enough to bound memory. */
    static final int BATCH = 32;

    private final PageProcessor processor;
    private final GraphStore store;
    private final ProgressListener progress;

    public PageLoader(PageProcessor processor, GraphStore store, ProgressListener progress) {
        this.processor = processor;
        this.store = store;
        this.progress = progress;
    }

    public LoadReport load(List<Path> paths) {
        long t0 = System.nanoTime();
        long before = store.quadCount();
        List<LoadError> errors = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            try {
                files.addAll(pageFiles(p));
            } catch (BadPageException e) {
                errors.add(new LoadError(e.file(), e.reason()));
            }
        }
        int pages = 0;
        int articles = 0;
        int done = 0;
        for (int from = 0; from < files.size(); from += BATCH) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
            ConcurrentHashMap<Path, Object> results = new ConcurrentHashMap<>();
            batch.parallelStream().forEach(f -> results.put(f, processOne(f)));
            List<ProcessedPage> good = new ArrayList<>();
            for (Path f : batch) {            // keep file order: errors and progress read in the order given
                Object r = results.get(f);
                if (r instanceof ProcessedPage pp) {
                    good.add(pp);
                } else {
                    errors.add((LoadError) r);
                }
            }
            store.replacePages(good);
            for (ProcessedPage pp : good) {
                pages++;
                articles += pp.articles().size();
            }
            for (Path f : batch) {
                progress.pageDone(++done, files.size(), f);
            }
        }
        return new LoadReport(pages, articles, before, store.quadCount(), errors,
                Duration.ofNanos(System.nanoTime() - t0));
    }

    private Object processOne(Path file) {
        try {
            return processor.process(file);
        } catch (BadPageException e) {
            return new LoadError(e.file(), e.reason());
        } catch (RuntimeException e) {
            // a bug must not cost the other pages; report it with the file so it can be reproduced
            return new LoadError(file, "internal error: " + e);
        }
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
