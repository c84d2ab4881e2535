package org.unionkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.rdf.ArticleToRdf;
import org.unionkg.testing.ProjectRoot;
import org.unionkg.testing.SeedStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BulkLoadTest {

    /** The bulk path (N-Quads, then the TDB2 loader) and the transactional path give the same graph. */
    @Test
    void bulkAndTransactionalLoadsGiveTheSameQuads(@TempDir Path dir) throws Exception {
        Path nq = dir.resolve("seeds.nq");
        BulkLoad.Extracted x = BulkLoad.writeNQuads(SeedStore.processor(), List.of(ProjectRoot.seeds()), nq, 2,
                ProgressListener.NONE);
        assertEquals(5, x.pages());
        assertTrue(x.errors().isEmpty(), x.errors().toString());
        assertTrue(Files.size(nq) > 0);

        try (GraphStore bulk = GraphStore.open(dir.resolve("bulk"));
             GraphStore txn = SeedStore.seeds(dir.resolve("txn"))) {
            long loaded = BulkLoad.load(bulk, List.of(nq), BulkLoad.Loader.PARALLEL);
            assertEquals(x.quads(), loaded);
            assertEquals(txn.quadCount(), bulk.quadCount());
            List<String> a = shapes(bulk.datasetGraph());
            assertEquals(a, shapes(txn.datasetGraph()), "bulk and transactional stores differ");
            Node page = ArticleToRdf.pageIri("000_8c79aeed4abb6d7c");
            assertTrue(a.stream().anyMatch(q -> q.startsWith("<" + page.getURI() + "> ")));
        }
    }

    @Test
    void theBulkLoaderRefusesAStoreThatHoldsData(@TempDir Path dir) throws Exception {
        Path nq = dir.resolve("seeds.nq");
        BulkLoad.writeNQuads(SeedStore.processor(), List.of(ProjectRoot.seeds().resolve("000_8c79aeed4abb6d7c.txt")),
                nq, 1, ProgressListener.NONE);
        try (GraphStore store = SeedStore.seeds(dir.resolve("db"))) {
            assertThrows(StoreException.class, () -> BulkLoad.load(store, List.of(nq), BulkLoad.Loader.PHASED));
        }
    }

    @Test
    void oneWorkerAndManyGiveTheSameStore(@TempDir Path dir) {
        try (GraphStore one = GraphStore.open(dir.resolve("one"));
             GraphStore many = GraphStore.open(dir.resolve("many"))) {
            LoadReport r1 = new PageLoader(SeedStore.processor(), one, ProgressListener.NONE, 1)
                    .load(List.of(ProjectRoot.seeds()));
            int[] written = new int[1];
            LoadReport r4 = new PageLoader(SeedStore.processor(), many, ProgressListener.NONE, 4)
                    .load(List.of(ProjectRoot.seeds()), (pages, quads, nanos) -> written[0] += pages);
            assertEquals(5, r1.pagesLoaded());
            assertEquals(r1.articles(), r4.articles());
            assertEquals(5, written[0]);
            assertEquals(shapes(one.datasetGraph()), shapes(many.datasetGraph()));
        }
    }

    /**
     * The store's quads as sorted lines, blank nodes written as {@code _:b}: equal for equal stores. (A full
     * isomorphism check is exponential on these graphs' many look-alike blank nodes.)
     */
    private static List<String> shapes(DatasetGraph tdb) {
        return Txn.calculateRead(tdb, () -> {
            List<String> lines = new java.util.ArrayList<>();
            tdb.find().forEachRemaining(q -> lines.add(term(q.getGraph()) + " " + term(q.getSubject()) + " "
                    + term(q.getPredicate()) + " " + term(q.getObject())));
            java.util.Collections.sort(lines);
            return lines;
        });
    }

    private static String term(Node n) {
        return n.isBlank() ? "_:b" : n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }
}
