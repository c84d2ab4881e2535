package org.unionkg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.unionkg.page.Manifest;
import org.unionkg.page.PageReader;
import org.unionkg.pipeline.PageProcessor;
import org.unionkg.store.GraphStore;
import org.unionkg.store.LoadReport;
import org.unionkg.store.PageLoader;
import org.unionkg.store.ProgressListener;
import org.unionkg.store.ReferenceData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The five seed pages loaded through the whole flow into a store under a test folder, and served on a free port. */
public final class SeedServer {
    private SeedServer() {}

    /** Loads the seeds into {@code dir/db} and starts the server on it with {@code fuseki-config/config.ttl}. */
    public static FusekiServer start(Path dir, Path projectRoot) throws IOException {
        Path db = dir.resolve("db");
        Path seeds = projectRoot.resolve("seeds");
        try (GraphStore gs = GraphStore.open(db)) {
            ReferenceData.install(gs);
            PageProcessor processor = PageProcessor.standard(new PageReader(Manifest.load(seeds.resolve("manifest.json"))));
            List<Path> pages;
            try (var files = Files.list(seeds)) {
                pages = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            LoadReport report = new PageLoader(processor, gs, ProgressListener.NONE).load(pages);
            if (!report.ok()) {
                throw new IllegalStateException("the seeds did not load: " + report.errors());
            }
        }
        return UnionKgServer.start(ServerSettings.readOnly(db, 0, projectRoot.resolve("fuseki-config/config.ttl"), true));
    }
}
