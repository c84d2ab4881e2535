package org.unionkg.server.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.unionkg.server.ServerSettings;
import org.unionkg.server.UnionKgServer;
import org.unionkg.store.GraphStore;
import org.unionkg.store.ReferenceData;

/**
 * Test helper: the real read-only server on a free port over a new TDB2 store holding the
 * reference data (ontology, schemes, Beijing's places) and {@code explore.trig}.
 */
final class ExplorerServer {

    private ExplorerServer() {}

    /** Set by the parent pom's surefire configuration; {@code ..} when run from the module directory. */
    static Path projectRoot() {
        return Path.of(System.getProperty("unionkg.root", "..")).toAbsolutePath().normalize();
    }

    /** Start a server over a store built in {@code dir}; the caller stops it. */
    static FusekiServer start(Path dir) {
        Path db = dir.resolve("tdb2");
        try (GraphStore store = GraphStore.open(db)) {
            ReferenceData.install(store);
            try (InputStream in = ExplorerServer.class.getResourceAsStream("explore.trig")) {
                if (in == null)
                    throw new IllegalStateException("explore.trig missing from the test resources");
                Txn.executeWrite(store.datasetGraph(),
                                 () -> RDFParser.source(in).lang(Lang.TRIG).parse(store.datasetGraph()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path config = projectRoot().resolve("fuseki-config/config.ttl");
        return UnionKgServer.start(ServerSettings.readOnly(db, 0, config, true));
    }

    static String base(FusekiServer server) {
        return "http://localhost:" + server.getPort();
    }
}
