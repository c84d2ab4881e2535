package org.unionkg.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.pipeline.ProcessedPage;
import org.unionkg.rdf.ArticleToRdf;
import org.unionkg.rdf.EntityGraph;
import org.unionkg.testing.ProjectRoot;
import org.unionkg.testing.SeedStore;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quad count the store keeps equals a full count after every kind of write, and is not served as data. */
class StoreQuadCountTest {
    private static final String SEED = "000_8c79aeed4abb6d7c";

    @Test
    void theKeptCountFollowsLoadsReplacementsAndABulkLoad(@TempDir Path dir) throws Exception {
        try (GraphStore store = GraphStore.open(dir.resolve("txn"))) {
            assertEquals(0, store.quadCount(), "a new store");
            LoadReport first = SeedStore.load(store, List.of(ProjectRoot.seeds().resolve(SEED + ".txt")));
            assertTrue(first.ok());
            long onePage = store.quadCount();
            assertEquals(sparqlCount(store), onePage);
            assertEquals(onePage, first.quadsAfter());

            LoadReport all = SeedStore.load(store, List.of(ProjectRoot.seeds()));
            assertEquals(onePage, all.quadsBefore());
            long seeds = store.quadCount();
            assertTrue(seeds > onePage);
            assertEquals(sparqlCount(store), seeds);

            SeedStore.load(store, List.of(ProjectRoot.seeds()));          // a re-load replaces: same count
            assertEquals(seeds, store.quadCount());

            // a new version of the page with its last article gone and one quad fewer in another: the count
            // drops by exactly what the store lost
            ProcessedPage page = SeedStore.processor().process(ProjectRoot.seeds().resolve(SEED + ".txt"));
            ProcessedPage shorter = withoutLastArticleAndOneQuad(page);
            long describedBefore = described(store);
            store.replacePages(List.of(shorter));
            long after = store.quadCount();
            assertTrue(after < seeds);
            assertEquals(sparqlCount(store), after);
            // the page's own graphs shrink by what was taken out; the entities graph by what only the last article named
            long collected = describedBefore - described(store);
            assertTrue(collected > 0, "the last article named something no other article names");
            assertEquals(seeds - own(page) + own(shorter) - collected, after);

            // the same page twice in one transaction is still one page
            store.replacePages(List.of(page, page));
            assertEquals(seeds, store.quadCount());

            GraphStore.Recount r = store.recount();
            assertTrue(r.agrees(), r.toString());
            assertEquals(seeds, r.counted());
        }

        // the bulk path keeps the same count for the same pages
        try (GraphStore bulk = GraphStore.open(dir.resolve("bulk"))) {
            LoadReport r = BulkLoad.loadPages(SeedStore.processor(), bulk, List.of(ProjectRoot.seeds()), 2,
                    BulkLoad.Loader.PARALLEL, ProgressListener.NONE);
            assertEquals(5, r.pagesLoaded());
            assertEquals(sparqlCount(bulk), bulk.quadCount());
            try (GraphStore txn = GraphStore.open(dir.resolve("txn-copy"))) {
                SeedStore.load(txn, List.of(ProjectRoot.seeds()));
                assertEquals(txn.quadCount(), bulk.quadCount());
            }
            // a transactional re-load into the bulk-built store keeps it right
            SeedStore.load(bulk, List.of(ProjectRoot.seeds().resolve(SEED + ".txt")));
            assertEquals(sparqlCount(bulk), bulk.quadCount());
        }

        // reindex rewrites Lucene only; the count survives it, and a reopened store still has it
        TextIndexBuilder.rebuild(dir.resolve("bulk"));
        try (GraphStore again = GraphStore.open(dir.resolve("bulk"))) {
            assertTrue(again.recount().agrees());
        }
    }

    @Test
    void aStoreWrittenBehindTheLoadersBackIsRecounted(@TempDir Path dir) {
        try (GraphStore store = SeedStore.seeds(dir.resolve("db"))) {
            long kept = store.quadCount();
            DatasetGraph dsg = store.datasetGraph();
            Node page = ArticleToRdf.pageIri(SEED);
            Txn.executeWrite(dsg, () -> dsg.deleteAny(page, Node.ANY, Node.ANY, Node.ANY));   // not through the loader
            assertEquals(kept, store.quadCount(), "the kept count cannot see such a write");
            GraphStore.Recount r = store.recount();
            assertFalse(r.agrees());
            assertEquals(kept, r.kept());
            assertEquals(sparqlCount(store), r.counted());
            assertEquals(r.counted(), store.quadCount(), "recount records what it found");
        }
    }

    @Test
    void theCountIsRightAfterACompaction(@TempDir Path dir) {
        Path db = dir.resolve("db");
        long kept;
        try (GraphStore store = SeedStore.seeds(db)) {
            kept = store.quadCount();
        }
        var tdb = DatabaseMgr.connectDatasetGraph(db.toString());
        DatabaseMgr.compact(tdb, true);
        TDBInternal.expel(tdb);
        try (GraphStore store = GraphStore.open(db)) {
            // kept through the compaction, or counted afresh if it copied only the dataset's own prefixes
            assertEquals(kept, store.quadCount());
            assertEquals(sparqlCount(store), store.quadCount());
            assertTrue(store.recount().agrees());
        }
    }

    @Test
    void theBookkeepingIsNotServedAsData(@TempDir Path dir) {
        try (GraphStore store = SeedStore.seeds(dir.resolve("db"))) {
            assertTrue(store.quadCount() > 0);
            DatasetGraph dsg = store.datasetGraph();
            assertFalse(store.graphNames().contains(QuadTally.BOOKKEEPING));
            Txn.executeRead(dsg, () -> {
                assertFalse(dsg.prefixes().getMapping().toString().contains("unionkg:quads"), "dataset prefixes");
                assertTrue(dsg.getDefaultGraph().isEmpty(), "the real default graph stays empty");
            });
            // no value anywhere in the union graph or any named graph mentions it
            String ask = "ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } "
                    + "FILTER(CONTAINS(STR(?s), 'urn:unionkg') || CONTAINS(STR(?o), 'urn:unionkg')) }";
            boolean found = Txn.calculateRead(dsg, () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(ask).build()) {
                    return qe.execAsk();
                }
            });
            assertFalse(found);
            ByteArrayOutputStream trig = new ByteArrayOutputStream();
            long dumped = Dump.write(dsg, Dump.Format.TRIG, PrefixMapping.Standard, trig);
            assertEquals(store.quadCount(), dumped, "a dump holds exactly the quads counted");
            assertFalse(trig.toString(StandardCharsets.UTF_8).contains("urn:unionkg"));
        }
    }

    private static ProcessedPage withoutLastArticleAndOneQuad(ProcessedPage page) {
        DatasetGraph copy = DatasetGraphFactory.create();
        Node pageGraph = ArticleToRdf.pageIri(page.page().id());
        List<Node> articles = new ArrayList<>();
        page.graphs().find(pageGraph, pageGraph, SchemaDO.hasPart.asNode(), Node.ANY)
            .forEachRemaining(q -> articles.add(q.getObject()));
        articles.sort(java.util.Comparator.comparing(Node::getURI));
        Node last = articles.get(articles.size() - 1);
        Node first = articles.get(0);
        boolean[] skippedOne = {false};
        page.graphs().find().forEachRemaining(q -> {
            if (q.getGraph().equals(last) || q.getObject().equals(last)) {
                return;
            }
            if (!skippedOne[0] && q.getGraph().equals(first) && q.getObject().isLiteral()) {
                skippedOne[0] = true;
                return;
            }
            copy.add(q);
        });
        assertTrue(skippedOne[0]);
        EntityGraph.settle(copy);       // as the processor does: describe only what the page's graphs name
        return new ProcessedPage(page.page(), page.articles().subList(0, page.articles().size() - 1),
                Iter.toList(copy.find()));
    }

    /** The quads of the page's own graphs (its share of the entities graph is shared). */
    private static long own(ProcessedPage page) {
        return page.graphs().stream().filter(q -> !EntityGraph.contains(q)).count();
    }

    private static long described(GraphStore store) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> dsg.stream(EntityGraph.GRAPH, Node.ANY, Node.ANY, Node.ANY).count());
    }

    private static long sparqlCount(GraphStore store) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg))
                    .query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
