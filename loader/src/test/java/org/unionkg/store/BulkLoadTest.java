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
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /**
     * {@code load --bulk}: pages extracted on all cores and streamed into the TDB2 bulk loader give the same
     * quads and the same text-search hits as the transactional path.
     */
    @Test
    void streamedBulkLoadGivesTheSameGraphAndTextHitsAsTransactions(@TempDir Path dir) {
        try (GraphStore bulk = GraphStore.open(dir.resolve("bulk"));
             GraphStore txn = SeedStore.seeds(dir.resolve("txn"))) {
            LoadReport r = BulkLoad.loadPages(SeedStore.processor(), bulk, List.of(ProjectRoot.seeds()), 2,
                    BulkLoad.Loader.PARALLEL, ProgressListener.NONE);
            assertTrue(r.ok(), r.errors().toString());
            assertEquals(5, r.pagesLoaded());
            assertEquals(txn.quadCount(), r.quadsAfter());
            assertEquals(shapes(txn.datasetGraph()), shapes(bulk.datasetGraph()), "bulk and transactional stores differ");
            for (String search : List.of("rdfs:label \"总工会\"", "skos:altLabel \"工会\"", "schema:headline \"工会\"",
                    "schema:articleBody \"劳模\"", "\"\\\"东城区总工会\\\"\"")) {
                List<String> hits = sorted(TextSearch.subjects(txn.datasetGraph(), search));
                assertFalse(hits.isEmpty(), search);
                assertEquals(hits, sorted(TextSearch.subjects(bulk.datasetGraph(), search)), search);
            }
        }
    }

    @Test
    void theStreamedBulkLoadRefusesAStoreThatHoldsPages(@TempDir Path dir) {
        try (GraphStore store = SeedStore.seeds(dir.resolve("db"))) {
            long before = store.quadCount();
            StoreException e = assertThrows(StoreException.class, () -> BulkLoad.loadPages(SeedStore.processor(),
                    store, List.of(ProjectRoot.seeds()), 1, BulkLoad.Loader.PARALLEL, ProgressListener.NONE));
            assertTrue(e.getMessage().contains("--bulk builds a new store"), e.getMessage());
            assertEquals(before, store.quadCount(), "the store was left as it was");
        }
    }

    @Test
    void aPageGivenTwiceIsBulkLoadedOnce(@TempDir Path dir) {
        Path seed = ProjectRoot.seeds().resolve("000_8c79aeed4abb6d7c.txt");
        try (GraphStore bulk = GraphStore.open(dir.resolve("bulk"));
             GraphStore txn = GraphStore.open(dir.resolve("txn"))) {
            LoadReport r = BulkLoad.loadPages(SeedStore.processor(), bulk, List.of(seed, seed), 2,
                    BulkLoad.Loader.PHASED, ProgressListener.NONE);
            assertEquals(1, r.pagesLoaded());
            assertEquals(1, r.errors().size());
            assertTrue(r.errors().get(0).toString().contains("already loaded"), r.errors().toString());
            SeedStore.load(txn, List.of(seed));
            assertEquals(shapes(txn.datasetGraph()), shapes(bulk.datasetGraph()));
        }
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
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
