package org.unionkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.page.Manifest;
import org.unionkg.page.PageReader;
import org.unionkg.pipeline.PageProcessor;
import org.unionkg.pipeline.ProcessedPage;
import org.unionkg.rdf.EntityGraph;
import org.unionkg.rdf.IriMinter;
import org.unionkg.rdf.UKG;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Homophones in the store, on the synthetic pages of {@code pages-homophones/}: 白睿 of 北京华为科技有限公司 (930),
 * 白瑞 of 北京华威科技有限公司 (931), both in one article (932). Different names, one slug each pair: never one IRI.
 */
class HomophonesStoreTest {
    private static final String WISE = "白睿";
    private static final String AUSPICIOUS = "白瑞";
    private static final String HUAWEI = "北京华为科技有限公司";
    private static final String HUAWEI_MIGHTY = "北京华威科技有限公司";
    private static final Node DAY1 = article("930_hp_day1-01");
    private static final Node DAY2 = article("931_hp_day2-01");
    private static final Node BOTH = article("932_hp_both-01");

    private static PageProcessor processor;

    @BeforeAll
    static void processor() {
        processor = PageProcessor.standard(new PageReader(Manifest.empty()));
    }

    /** Alone, a page with both names gives the slug to the first in code-point order (瑞 before 睿, 为 before 威). */
    @Test
    void onePageKeepsItsHomophonesApart() throws Exception {
        ProcessedPage both = processor.process(file("932_hp_both"));
        DatasetGraph g = both.graphs();
        assertEquals(Set.of(IriMinter.mint("person", AUSPICIOUS)), labelled(g, AUSPICIOUS));
        assertEquals(Set.of(IriMinter.mintApart("person", WISE)), labelled(g, WISE));
        assertEquals(Set.of(IriMinter.mint("org", HUAWEI)), labelled(g, HUAWEI));
        assertEquals(Set.of(IriMinter.mintApart("org", HUAWEI_MIGHTY)), labelled(g, HUAWEI_MIGHTY));
        assertOneLabelEach(g);
    }

    /**
     * Day 1 publishes 白睿 and 华为 under the plain IRIs; day 2's 白瑞 and 华威 get their own; day 3's page with both
     * keeps what was published, though alone it would have given the slugs to 白瑞 and 华为.
     */
    @Test
    void whatWasPublishedFirstKeepsThePlainIri(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir.resolve("a"))) {
            load(store, 256, "930_hp_day1");
            assertEquals(IriMinter.mint("person", WISE), member(store, DAY1, WISE));
            load(store, 256, "931_hp_day2");
            assertEquals(IriMinter.mint("person", WISE), member(store, DAY1, WISE), "published: unchanged");
            assertEquals(IriMinter.mintApart("person", AUSPICIOUS), member(store, DAY2, AUSPICIOUS));
            assertEquals(Set.of(IriMinter.mint("org", HUAWEI)), labelled(store.datasetGraph(), HUAWEI));
            assertEquals(Set.of(IriMinter.mintApart("org", HUAWEI_MIGHTY)), labelled(store.datasetGraph(), HUAWEI_MIGHTY));
            load(store, 256, "932_hp_both");
            assertEquals(member(store, DAY1, WISE), member(store, BOTH, WISE), "one 白睿 of 华为 on two pages");
            assertEquals(member(store, DAY2, AUSPICIOUS), member(store, BOTH, AUSPICIOUS));
            assertEquals(Set.of(IriMinter.mintApart("org", HUAWEI_MIGHTY)), labelled(store.datasetGraph(), HUAWEI_MIGHTY));
            assertOneLabelEach(store.datasetGraph());
            GraphStore.Recount recount = store.recount();
            assertTrue(recount.agrees(), recount::toString);
        }
        try (GraphStore store = GraphStore.open(dir.resolve("b"))) {
            load(store, 256, "931_hp_day2");
            load(store, 256, "930_hp_day1");
            assertEquals(IriMinter.mint("person", AUSPICIOUS), member(store, DAY2, AUSPICIOUS), "the other way round");
            assertEquals(IriMinter.mintApart("person", WISE), member(store, DAY1, WISE));
            assertEquals(Set.of(IriMinter.mint("org", HUAWEI_MIGHTY)), labelled(store.datasetGraph(), HUAWEI_MIGHTY));
            load(store, 256, "930_hp_day1", "931_hp_day2");                     // a re-load changes nothing
            assertEquals(IriMinter.mintApart("person", WISE), member(store, DAY1, WISE));
            assertOneLabelEach(store.datasetGraph());
        }
    }

    /**
     * The same pages in the same order give the same graph: one transaction, one page a transaction, two pages a
     * transaction, three loads on three days, {@code load --bulk}, and N-Quads through the bare bulk loader.
     */
    @Test
    void everyWayOfLoadingThePagesGivesTheSameGraph(@TempDir Path dir) {
        String[] ids = {"930_hp_day1", "931_hp_day2", "932_hp_both"};
        List<Path> files = List.of(file(ids[0]), file(ids[1]), file(ids[2]));
        Map<String, List<String>> graphs = new HashMap<>();
        for (int batch : new int[] {256, 1, 2}) {
            try (GraphStore store = GraphStore.open(dir.resolve("txn-" + batch))) {
                ReferenceData.install(store);
                load(store, batch, ids);
                graphs.put("batch " + batch, dump(store));
                assertEquals(IriMinter.mint("person", WISE), member(store, BOTH, WISE), "930 came first");
            }
        }
        try (GraphStore store = GraphStore.open(dir.resolve("days"))) {
            ReferenceData.install(store);
            for (String id : ids) {
                load(store, 256, id);
            }
            graphs.put("days", dump(store));
        }
        try (GraphStore store = GraphStore.open(dir.resolve("bulk"))) {
            LoadReport r = BulkLoad.loadPages(processor, store, files, 2, BulkLoad.Loader.PHASED, ProgressListener.NONE);
            assertTrue(r.ok(), r.errors().toString());
            graphs.put("load --bulk", dump(store));
            assertOneLabelEach(store.datasetGraph());
        }
        try (GraphStore store = GraphStore.open(dir.resolve("nquads"))) {
            Path nq = dir.resolve("pages.nq");
            BulkLoad.writeNQuads(processor, files, nq, 2, ProgressListener.NONE);
            BulkLoad.load(store, List.of(nq), BulkLoad.Loader.PHASED);
            graphs.put("n-quads", dump(store));
        }
        List<String> reference = graphs.get("batch 256");
        assertTrue(reference.size() > 100, "quads: " + reference.size());
        graphs.forEach((how, quads) -> assertEquals(reference, quads, () -> how + ": " + difference(reference, quads)));
    }

    // --- helpers

    private static Path file(String id) {
        try {
            return Path.of(HomophonesStoreTest.class.getResource("/pages-homophones/" + id + ".txt").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Node article(String id) {
        return NodeFactory.createURI(IriMinter.raw("article", id));
    }

    /** {@code load}: these pages through {@link PageLoader}, {@code batch} pages a transaction. */
    private static void load(GraphStore store, int batch, String... ids) {
        List<Path> files = new ArrayList<>();
        for (String id : ids) {
            files.add(file(id));
        }
        LoadReport r = new PageLoader(processor, store, ProgressListener.NONE, 2, batch).load(files);
        assertTrue(r.ok(), r.errors().toString());
        assertEquals(ids.length, r.pagesLoaded());
    }

    /** The IRI of the person labelled {@code name} who holds a post in this article graph (exactly one). */
    private static String member(GraphStore store, Node graph, String name) {
        DatasetGraph dsg = store.datasetGraph();
        Set<String> found = Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            dsg.find(graph, Node.ANY, ORG.member.asNode(), Node.ANY).forEachRemaining(q -> {
                if (dsg.contains(EntityGraph.GRAPH, q.getObject(), RDFS.label.asNode(), zh(name))) {
                    out.add(q.getObject().getURI());
                }
            });
            return out;
        });
        assertEquals(1, found.size(), () -> name + " with a post in " + graph + ": " + found);
        return found.iterator().next();
    }

    /** Every IRI with this {@code rdfs:label} in the entities graph. */
    private static Set<String> labelled(DatasetGraph dsg, String name) {
        return read(dsg, () -> {
            Set<String> out = new TreeSet<>();
            dsg.find(EntityGraph.GRAPH, Node.ANY, RDFS.label.asNode(), zh(name)).forEachRemaining(q -> out.add(q.getSubject().getURI()));
            return out;
        });
    }

    /** No resource of the knowledge layer has two canonical labels: one thing, one name. */
    private static void assertOneLabelEach(DatasetGraph dsg) {
        Map<String, Set<String>> labels = read(dsg, () -> {
            Map<String, Set<String>> out = new HashMap<>();
            dsg.find(EntityGraph.GRAPH, Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getSubject().getURI().startsWith(UKG.ID) && "zh".equals(q.getObject().getLiteralLanguage())) {
                    out.computeIfAbsent(q.getSubject().getURI(), k -> new TreeSet<>()).add(q.getObject().getLiteralLexicalForm());
                }
            });
            return out;
        });
        labels.values().removeIf(s -> s.size() < 2);
        assertEquals(Map.of(), labels, "IRIs with several canonical names");
    }

    private static <T> T read(DatasetGraph dsg, java.util.function.Supplier<T> f) {
        return dsg.supportsTransactions() ? Txn.calculateRead(dsg, f::get) : f.get();
    }

    /** The store's quads as sorted lines, blank nodes (the ontology's, never the pages') as {@code _:b}. */
    private static List<String> dump(GraphStore store) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            List<String> lines = new ArrayList<>();
            dsg.find().forEachRemaining(q -> lines.add(term(q.getGraph()) + " " + term(q.getSubject()) + " "
                    + term(q.getPredicate()) + " " + term(q.getObject())));
            lines.sort(null);
            return lines;
        });
    }

    private static String term(Node n) {
        return n.isBlank() ? "_:b" : n.toString();
    }

    /** What one dump has and the other has not, both ways: a short message where the dumps differ. */
    private static String difference(List<String> a, List<String> b) {
        Set<String> onlyA = new TreeSet<>(a);
        b.forEach(onlyA::remove);
        Set<String> onlyB = new TreeSet<>(b);
        a.forEach(onlyB::remove);
        return "only in the first: " + onlyA + "; only in the second: " + onlyB;
    }

    private static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }
}
