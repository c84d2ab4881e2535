package org.unionkg.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.store.GraphStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A loader killed with SIGKILL in the middle of a load leaves a store that opens and holds whole pages only,
 * and loading again completes to exactly the quads of a clean load.
 * <p>
 * The loader runs as its own JVM ({@code unionkg load}), as a user runs it, and is killed after its first
 * batch of pages has been committed (its progress line says so), while it works on the next ones.
 */
class CrashSafetyTest {

    /**
     * 80 pages: batches of 32, 32 and 16 ({@code load --batch 32}). The kill lands after the first commit, with
     * two batches still to go.
     */
    static final int COPIES_PER_SEED = 16;

    @Test
    void aKilledLoadLeavesWholePagesAndTheReloadCompletes(@TempDir Path dir) throws Exception {
        Path corpus = corpus(dir.resolve("pages"));

        Path clean = dir.resolve("clean");
        UnionKgCliTest.Run cleanLoad = UnionKgCliTest.run("load", "--db", clean.toString(), corpus.toString());
        assertEquals(0, cleanLoad.exit(), cleanLoad.err());
        Map<Node, Long> cleanPages = quadsPerPage(clean);
        long cleanQuads = quadCount(clean);

        Path crashed = dir.resolve("crashed");
        int progressSeen = killDuringLoad(crashed, corpus);
        assertTrue(progressSeen > 0, "the loader committed at least one batch before it was killed");

        // The store opens, and each page it holds is whole: exactly the quads a clean load gives that page.
        Map<Node, Long> survived = quadsPerPage(crashed);
        assertFalse(survived.isEmpty(), "pages of the committed batches are in the store");
        assertTrue(survived.size() < cleanPages.size(), "killed in the middle: " + survived.size() + " of " + cleanPages.size());
        survived.forEach((page, quads) ->
                assertEquals(cleanPages.get(page), quads, "page " + page + " is not whole after the crash"));
        assertWholePages(crashed);

        UnionKgCliTest.Run reload = UnionKgCliTest.run("load", "--db", crashed.toString(), corpus.toString());
        assertEquals(0, reload.exit(), reload.err());
        assertEquals(cleanQuads, quadCount(crashed), "the reload gives the quads of a clean load");
        assertEquals(cleanPages, quadsPerPage(crashed));
    }

    /** Copies of the seed pages under many names (the page id is the file name). */
    static Path corpus(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> seeds;
        try (var files = Files.list(UnionKgCliTest.seeds())) {
            seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < COPIES_PER_SEED; i++) {
            for (Path seed : seeds) {
                Files.copy(seed, dir.resolve(String.format("c%03d_%s", i, seed.getFileName())));
            }
        }
        return dir;
    }

    /**
     * Runs {@code unionkg load} in a child JVM and kills it (SIGKILL, no shutdown hooks) as soon as its progress
     * line reports pages done; returns how many pages it had reported.
     */
    static int killDuringLoad(Path db, Path corpus) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx1g", "-Dfile.encoding=UTF-8",
                "-Dunionkg.root=" + UnionKgCliTest.seeds().getParent(),
                "-cp", classpath, UnionKg.class.getName(), "load", "--batch", "32", "--db", db.toString(), corpus.toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process loader = pb.start();
        int done = 0;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(loader.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            // "[32/160]  20%  ..." is printed after the batch's transaction has committed
            while ((line = err.readLine()) != null) {
                if (line.startsWith("[")) {
                    done = Integer.parseInt(line.substring(1, line.indexOf('/')));
                    break;
                }
            }
            loader.destroyForcibly();       // SIGKILL on Unix
            assertTrue(loader.waitFor(60, TimeUnit.SECONDS), "the loader did not die");
        } finally {
            loader.destroyForcibly();
        }
        assertTrue(loader.exitValue() != 0, "the loader was killed, not finished");
        return done;
    }

    /**
     * Every page graph lists article graphs that exist with their headline and body; every article graph is
     * listed by the page it says it is on.
     */
    static void assertWholePages(Path db) {
        try (GraphStore gs = GraphStore.open(db)) {
            DatasetGraph dsg = gs.datasetGraph();
            Txn.executeRead(dsg, () -> {
                Set<Node> listed = new HashSet<>();
                dsg.find(Node.ANY, Node.ANY, SchemaDO.hasPart.asNode(), Node.ANY).forEachRemaining(q -> {
                    assertEquals(q.getGraph(), q.getSubject(), "hasPart is stated in the page's own graph");
                    Node article = q.getObject();
                    listed.add(article);
                    assertTrue(dsg.contains(article, article, SchemaDO.headline.asNode(), Node.ANY), "headline of " + article);
                    assertTrue(dsg.contains(article, article, SchemaDO.articleBody.asNode(), Node.ANY), "body of " + article);
                });
                dsg.listGraphNodes().forEachRemaining(g -> {
                    if (g.isURI() && g.getURI().startsWith("https://w3id.org/unionkg/id/article/")) {
                        assertTrue(listed.contains(g), "article graph " + g + " is listed by its page");
                    }
                });
                assertFalse(listed.isEmpty());
            });
        }
    }

    /** Quads per page: its page graph and the article graphs it lists. */
    static Map<Node, Long> quadsPerPage(Path db) {
        try (GraphStore gs = GraphStore.open(db)) {
            DatasetGraph dsg = gs.datasetGraph();
            return Txn.calculateRead(dsg, () -> {
                Map<Node, Long> perPage = new HashMap<>();
                List<Node> pages = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(g -> {
                    if (g.isURI() && g.getURI().startsWith("https://w3id.org/unionkg/id/page/")) {
                        pages.add(g);
                    }
                });
                for (Node page : pages) {
                    long n = count(dsg, page);
                    for (Quad q : org.apache.jena.atlas.iterator.Iter.toList(dsg.find(page, page, SchemaDO.hasPart.asNode(), Node.ANY))) {
                        n += count(dsg, q.getObject());
                    }
                    perPage.put(page, n);
                }
                return perPage;
            });
        }
    }

    private static long count(DatasetGraph dsg, Node graph) {
        long n = 0;
        for (var it = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    static long quadCount(Path db) {
        try (GraphStore gs = GraphStore.open(db)) {
            return gs.quadCount();
        }
    }
}
