package org.unionkg.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.pipeline.ProcessedPage;
import org.unionkg.rdf.ArticleToRdf;
import org.unionkg.rdf.EntityGraph;
import org.unionkg.rdf.IriMinter;
import org.unionkg.rdf.UKG;
import org.unionkg.testing.ProjectRoot;
import org.unionkg.testing.SeedStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The entities graph in a store that pages are loaded into, replaced in and reloaded: each description once, and
 * the store after a replacement the same as a store loaded fresh with the pages as they are now.
 */
class EntityGraphStoreTest {
    private static final String SEED = "000_8c79aeed4abb6d7c";

    @Test
    void eachEntityIsDescribedOnceAndArticlesKeepWhatTheySay(@TempDir Path dir) {
        try (GraphStore store = SeedStore.seeds(dir.resolve("db"))) {
            DatasetGraph dsg = store.datasetGraph();
            Txn.executeRead(dsg, () -> {
                Node union = org.apache.jena.graph.NodeFactory.createURI(IriMinter.mint("org", "北京市总工会"));
                // 北京市总工会: one canonical label, in the entities graph alone, though several seed articles name it
                List<Quad> labels = dsg.stream(Node.ANY, union, RDFS.label.asNode(), Node.ANY).toList();
                assertEquals(1, labels.size(), labels::toString);
                assertEquals(EntityGraph.GRAPH, labels.get(0).getGraph());
                long naming = dsg.stream(Node.ANY, Node.ANY, SchemaDO.mentions.asNode(), union).count();
                assertTrue(naming >= 2, "articles naming 北京市总工会: " + naming);
                // a short form the text used stays with the article that used it
                assertTrue(dsg.stream(Node.ANY, union, org.apache.jena.vocabulary.SKOS.altLabel.asNode(), Node.ANY)
                        .allMatch(q -> q.getGraph().getURI().startsWith(UKG.ID + "article/")));
                // every description is of something an article or page names
                dsg.stream(EntityGraph.GRAPH, Node.ANY, Node.ANY, Node.ANY).map(Quad::getSubject).distinct().forEach(e ->
                        assertTrue(dsg.stream(Node.ANY, Node.ANY, Node.ANY, e).anyMatch(q -> !EntityGraph.contains(q))
                                || dsg.stream(Node.ANY, e, Node.ANY, Node.ANY).anyMatch(q -> !EntityGraph.contains(q)), e::toString));
            });
        }
    }

    @Test
    void aReplacedPageTakesWhatOnlyItNamedAndTheStoreIsAsIfLoadedFresh(@TempDir Path dir) throws Exception {
        ProcessedPage page = SeedStore.processor().process(ProjectRoot.seeds().resolve(SEED + ".txt"));
        ProcessedPage shorter = withoutLastArticle(page);
        List<Path> others = new ArrayList<>();
        for (Path p : PageLoader.pageFiles(ProjectRoot.seeds())) {
            if (!p.getFileName().toString().startsWith(SEED)) {
                others.add(p);
            }
        }
        Set<String> expected;
        try (GraphStore fresh = GraphStore.open(dir.resolve("fresh"))) {
            SeedStore.load(fresh, others);
            fresh.replacePages(List.of(shorter));
            expected = PageLoaderTest.canonical(fresh);
        }
        try (GraphStore store = SeedStore.seeds(dir.resolve("db"))) {
            Set<String> all = PageLoaderTest.canonical(store);
            Map<Node, String> described = labels(store);
            store.replacePages(List.of(shorter));
            Set<String> replaced = PageLoaderTest.canonical(store);
            assertEquals(Set.of(), minus(expected, replaced), "missing after the replacement");
            // The one way the store may differ from a fresh load: a description kept because another page still
            // references the entity without describing it (a street only named as ukg:within of a venue). It is
            // what the thing is whoever says so, so it stays; a fresh load would lack it.
            for (String extra : minus(replaced, expected)) {
                assertTrue(extra.startsWith("[" + EntityGraph.GRAPH.getURI() + " "), extra);
                Node e = org.apache.jena.graph.NodeFactory.createURI(extra.split(" ")[1]);
                assertTrue(Txn.calculateRead(store.datasetGraph(), () -> Stream.concat(
                        store.datasetGraph().stream(Node.ANY, Node.ANY, Node.ANY, e),
                        store.datasetGraph().stream(Node.ANY, e, Node.ANY, Node.ANY))
                        .anyMatch(q -> q.getGraph().getURI().startsWith(UKG.ID))), extra);
            }
            assertTrue(store.recount().agrees());

            Map<Node, String> left = labels(store);
            Set<Node> gone = new TreeSet<>(Comparator.comparing(Node::getURI));
            described.keySet().stream().filter(e -> !left.containsKey(e)).forEach(gone::add);
            assertFalse(gone.isEmpty(), "the last article names something no other seed article names");
            for (Node e : gone) {
                // the text index forgot the label with the quad
                assertFalse(TextSearch.subjects(store.datasetGraph(), "rdfs:label \"" + described.get(e) + "\"")
                        .contains(e.getURI()), e + " " + described.get(e));
            }

            store.replacePages(List.of(page));
            Set<String> back = PageLoaderTest.canonical(store);
            assertEquals(Set.of(), minus(all, back), "the whole page back: the descriptions come back");
            assertEquals(Set.of(), minus(back, all), "the whole page back: nothing left over");
            assertTrue(store.recount().agrees());
        }
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    /** The entities graph's labels by subject (the first, where a slug carries two). */
    private static Map<Node, String> labels(GraphStore store) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Map<Node, String> out = new HashMap<>();
            dsg.find(EntityGraph.GRAPH, Node.ANY, RDFS.label.asNode(), Node.ANY)
               .forEachRemaining(q -> out.putIfAbsent(q.getSubject(), q.getObject().getLiteralLexicalForm()));
            return out;
        });
    }

    /** The page without its last article, described only where its graphs still name things (as the processor does). */
    private static ProcessedPage withoutLastArticle(ProcessedPage page) {
        DatasetGraph copy = DatasetGraphFactory.create();
        Node pageGraph = ArticleToRdf.pageIri(page.page().id());
        List<Node> articles = new ArrayList<>();
        page.graphs().find(pageGraph, pageGraph, SchemaDO.hasPart.asNode(), Node.ANY)
            .forEachRemaining(q -> articles.add(q.getObject()));
        articles.sort(Comparator.comparing(Node::getURI));
        Node last = articles.get(articles.size() - 1);
        page.graphs().find().forEachRemaining(q -> {
            if (!q.getGraph().equals(last) && !q.getObject().equals(last)) {
                copy.add(q);
            }
        });
        EntityGraph.settle(copy);
        return new ProcessedPage(page.page(), page.articles().subList(0, page.articles().size() - 1),
                Iter.toList(copy.find()));
    }
}
