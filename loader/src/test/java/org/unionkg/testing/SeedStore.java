package org.unionkg.testing;

import org.unionkg.page.Manifest;
import org.unionkg.page.PageReader;
import org.unionkg.pipeline.PageProcessor;
import org.unionkg.store.GraphStore;
import org.unionkg.store.LoadReport;
import org.unionkg.store.PageLoader;
import org.unionkg.store.ProgressListener;
import org.unionkg.store.ReferenceData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Loads pages into a TDB2 store in a test folder the way {@code unionkg load} does. */
public final class SeedStore {
    private SeedStore() {}

    public static PageProcessor processor() {
        try {
            return PageProcessor.standard(new PageReader(Manifest.load(ProjectRoot.seeds().resolve("manifest.json"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LoadReport load(GraphStore store, List<Path> paths) {
        ReferenceData.install(store);
        return new PageLoader(processor(), store, ProgressListener.NONE).load(paths);
    }

    private static GraphStore shared;

    /**
     * One store holding the seeds for every test in this JVM that only reads it (loading takes seconds).
     * Never write to it; its folder goes when the JVM exits.
     */
    public static synchronized GraphStore shared() {
        if (shared == null) {
            try {
                Path dir = java.nio.file.Files.createTempDirectory("unionkg-seeds");
                dir.toFile().deleteOnExit();
                shared = seeds(dir.resolve("db"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** A fresh store under {@code dir} holding the five seed pages. */
    public static GraphStore seeds(Path dir) {
        GraphStore store = GraphStore.open(dir);
        LoadReport r = load(store, List.of(ProjectRoot.seeds()));
        if (!r.ok() || r.pagesLoaded() != 5) {
            throw new IllegalStateException("seed load failed: " + r.summary() + " " + r.errors());
        }
        return store;
    }
}
