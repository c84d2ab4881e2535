package org.unionkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.rdf.EntityGraph;
import org.unionkg.testing.ProjectRoot;
import org.unionkg.testing.SeedStore;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageLoaderTest {

    @Test
    void loadingAgainReplacesThePagesAndChangesNothing(@TempDir Path dir) {
        try (GraphStore store = SeedStore.seeds(dir.resolve("db"))) {
            long once = store.quadCount();
            Set<String> first = canonical(store);
            LoadReport again = SeedStore.load(store, List.of(ProjectRoot.seeds()));
            assertTrue(again.ok(), again.errors().toString());
            assertEquals(5, again.pagesLoaded());
            assertEquals(once, store.quadCount(), "re-load changed the triple count");
            assertEquals(first, canonical(store), "re-load changed the graph");
        }
    }

    @Test
    void orderOfLoadingDoesNotMatter(@TempDir Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(ProjectRoot.seeds())) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted(Comparator.reverseOrder()).toList();
        }
        Set<String> forward;
        try (GraphStore a = SeedStore.seeds(dir.resolve("a"))) {
            forward = canonical(a);
        }
        try (GraphStore b = GraphStore.open(dir.resolve("b"))) {
            for (Path f : files) {            // one page at a time, last page first
                assertTrue(SeedStore.load(b, List.of(f)).ok());
            }
            assertEquals(forward, canonical(b));
        }
    }

    @Test
    void badPagesAreReportedByNameAndTheOthersLoad(@TempDir Path dir) throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.copy(ProjectRoot.seeds().resolve("001_807a0e5f213dd034.txt"), pages.resolve("001_807a0e5f213dd034.txt"));
        Files.writeString(pages.resolve("empty.txt"), "");
        Files.write(pages.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0x50, 0x4b, 3, 4, 0, 0, 0, 0});
        Files.writeString(pages.resolve("nothing.txt"), "# \n\n**  **\n\n## \n");
        // GBK is a Chinese encoding, not UTF-8: it must be read correctly or refused with a reason
        Files.write(pages.resolve("gbk.txt"), Files.readString(ProjectRoot.seeds().resolve("000_8c79aeed4abb6d7c.txt"))
                .getBytes(Charset.forName("GBK")));
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            LoadReport r = SeedStore.load(store, List.of(pages));
            List<String> failed = new ArrayList<>();
            r.errors().forEach(e -> failed.add(e.file().getFileName().toString()));
            assertEquals(List.of("binary.txt", "empty.txt", "nothing.txt"), failed.stream().sorted().toList(), r.errors().toString());
            r.errors().forEach(e -> assertFalse(e.reason().isBlank()));
            assertEquals(2, r.pagesLoaded(), "the good UTF-8 page and the GBK page load");
            assertFalse(r.ok());

            // a bad page later changes nothing already in the store
            long before = store.quadCount();
            Set<String> graph = canonical(store);
            LoadReport bad = SeedStore.load(store, List.of(pages.resolve("binary.txt"), pages.resolve("empty.txt")));
            assertEquals(2, bad.errors().size());
            assertEquals(before, store.quadCount());
            assertEquals(graph, canonical(store));
        }
    }

    @Test
    void missingPathIsAnErrorNotACrash(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            LoadReport r = SeedStore.load(store, List.of(dir.resolve("no-such-folder")));
            assertEquals(1, r.errors().size());
            assertTrue(r.errors().get(0).reason().contains("no such file"));
        }
    }

    @Test
    void everyArticleGraphIsListedByItsPage(@TempDir Path dir) {
        try (GraphStore store = SeedStore.seeds(dir.resolve("db"))) {
            Set<Node> graphs = Txn.calculateRead(store.datasetGraph(), () -> {
                Set<Node> s = new java.util.HashSet<>();
                store.datasetGraph().listGraphNodes().forEachRemaining(s::add);
                return s;
            });
            Set<Node> owned = new java.util.HashSet<>();
            Txn.executeRead(store.datasetGraph(), () -> {
                for (String id : List.of("000_8c79aeed4abb6d7c", "001_807a0e5f213dd034", "002_5e55d61621466464",
                        "003_ba22a2eb888b9f8c", "004_983e73bff6a30a31")) {
                    owned.addAll(store.graphsOfPage(id));
                }
            });
            // the entities graph is shared by every page: a load adds to it and collects what no page names any more
            assertTrue(graphs.remove(EntityGraph.GRAPH), "the entities graph");
            graphs.removeAll(Set.of(ReferenceData.ONTOLOGY_GRAPH, ReferenceData.SHAPES_GRAPH));
            // nothing is left over that a re-load of its page would not replace
            assertEquals(owned, graphs);
        }
    }

    /**
     * The pages' quads as sorted strings: equal sets mean equal graphs, since pages write no blank nodes
     * (the reference graphs, which do have them, are installed whole on every load and left out here).
     */
    static Set<String> canonical(GraphStore store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Set<String> out = new TreeSet<>();
            store.datasetGraph().find().forEachRemaining((Quad q) -> {
                if (q.getGraph().equals(ReferenceData.ONTOLOGY_GRAPH) || q.getGraph().equals(ReferenceData.SHAPES_GRAPH)) {
                    return;
                }
                assertFalse(q.getSubject().isBlank() || q.getObject().isBlank(), "blank node in " + q);
                out.add(q.toString());
            });
            return out;
        });
    }
}
