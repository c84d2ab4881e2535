package org.unionkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.testing.ProjectRoot;
import org.unionkg.testing.SeedStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store's Lucene index: Chinese words inside names, kept in step with re-loads, rebuilt on demand. */
class TextIndexTest {
    static final String ID = "https://w3id.org/unionkg/id/";
    static final String TONGWULANG = ID + "article/001_807a0e5f213dd034-03";

    @TempDir
    Path dir;

    /** Articles whose headline (or body) contains {@code word}, by plain string scan: what the index must return. */
    static Set<String> scan(GraphStore store, String predicate, String word) {
        return new TreeSet<>(TextSearch.column(store.datasetGraph(),
                "SELECT DISTINCT ?s { ?s " + predicate + " ?t FILTER(CONTAINS(STR(?t), \"" + word + "\")) }", "s"));
    }

    static List<String> hits(GraphStore store, String args) {
        return TextSearch.subjects(store.datasetGraph(), args);
    }

    static void assertNoDuplicates(List<String> hits) {
        assertEquals(hits.size(), new HashSet<>(hits).size(), "a hit came back twice: " + hits);
    }

    @Test
    void wordsInsideHeadlinesAndBodiesAreFound() {
        try (GraphStore store = SeedStore.seeds(dir.resolve("db"))) {
            List<String> gonghui = hits(store, "schema:headline \"工会\"");
            // The bigram 工会 inside 总工会, 工会法, 工会干部 ...: exactly the headlines that contain it.
            assertEquals(scan(store, "schema:headline", "工会"), new TreeSet<>(gonghui));
            assertTrue(gonghui.size() >= 15, gonghui.toString());
            assertTrue(gonghui.contains(TONGWULANG), "通州区总工会举办通武廊青年职工联谊活动: " + gonghui);
            assertNoDuplicates(gonghui);

            List<String> yizhen = hits(store, "schema:articleBody \"义诊\"");
            assertEquals(scan(store, "schema:articleBody", "义诊"), new TreeSet<>(yizhen));
            // 001-06: 开展免费义诊活动，为快递员、外卖... ; 000-05 and 000-07: 义诊体检 / 义诊、甜品试吃
            assertTrue(yizhen.containsAll(List.of(ID + "article/001_807a0e5f213dd034-06",
                    ID + "article/000_8c79aeed4abb6d7c-05", ID + "article/000_8c79aeed4abb6d7c-07")), yizhen.toString());
            assertTrue(hits(store, "schema:headline \"义诊\"").size() < yizhen.size(), "one field per predicate");
        }
    }

    @Test
    void theDefaultFieldIsTheLabelAndFindsHonoursByAWordInside() {
        try (GraphStore store = SeedStore.seeds(dir.resolve("db"))) {
            Set<String> gongjiang = new HashSet<>(hits(store, "\"工匠\""));
            // reference data from ontology/schemes/honours.ttl
            assertTrue(gongjiang.contains(ID + "honour/chao-yang-gong-jiang"), "朝阳工匠: " + gongjiang);
            assertTrue(gongjiang.contains(ID + "honour/yi-cheng-gong-jiang"), "亦城工匠: " + gongjiang);
            assertTrue(gongjiang.contains(ID + "honour/bei-jing-da-gong-jiang"), "北京大工匠: " + gongjiang);
            assertFalse(gongjiang.contains(ID + "honour/lao-dong-mo-fan"), "劳动模范 has no 工匠");
            // a place from ontology/places/beijing.ttl
            assertTrue(hits(store, "rdfs:label \"朝阳区\"").contains(ID + "place/chao-yang-qu"));
        }
    }

    @Test
    void aUnionIsFoundByAWordInsideItsNameAndItsShortForm() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            Node g = NodeFactory.createURI(ID + "article/fixture-01");
            Node union = NodeFactory.createURI(ID + "org/bei-jing-shi-zong-gong-hui");
            Node decoy = NodeFactory.createURI(ID + "person/decoy");
            store.replaceGraph(g, List.of(
                    Quad.create(g, union, RDFS.label.asNode(), NodeFactory.createLiteralLang("北京市总工会", "zh")),
                    Quad.create(g, union, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang("市总工会", "zh")),
                    // 会工作的人 has 工 and 会 but not the word 工会
                    Quad.create(g, decoy, RDFS.label.asNode(), NodeFactory.createLiteralLang("会工作的人", "zh"))).iterator());
            // SmartChinese would make 总工会 one token and miss this; bigrams find it
            assertEquals(List.of(union.getURI()), hits(store, "\"工会\""));
            assertEquals(List.of(union.getURI()), hits(store, "rdfs:label \"工会\""));
            assertEquals(List.of(union.getURI()), hits(store, "skos:altLabel \"市总工会\""));
            assertEquals(List.of(union.getURI()), hits(store, "\"\\\"北京市总工会\\\"\""), "a phrase of bigrams");
            assertEquals(List.of(), hits(store, "\"\\\"上海市总工会\\\"\""), "a phrase needs all its bigrams in order");
        }
    }

    @Test
    void reloadingTheSeedsTwiceGivesEachHitOnce() {
        try (GraphStore store = SeedStore.seeds(dir.resolve("db"))) {
            List<String> first = hits(store, "schema:headline \"工会\"");
            List<String> honours = hits(store, "\"工匠\"");
            for (int i = 0; i < 2; i++) {
                assertTrue(SeedStore.load(store, List.of(ProjectRoot.seeds())).ok());
            }
            List<String> again = hits(store, "schema:headline \"工会\"");
            assertNoDuplicates(again);
            assertEquals(new TreeSet<>(first), new TreeSet<>(again));
            assertEquals(first.size(), again.size());
            // the reference data is re-installed with every load: its labels must not pile up either. A label
            // stated in two graphs (an honour's in the ontology and in the article that names it) is two
            // entries by design, so compare the hits as a multiset with those of a single load
            List<String> honoursAgain = hits(store, "\"工匠\"");
            assertEquals(honours.stream().sorted().toList(), honoursAgain.stream().sorted().toList());
        }
    }

    @Test
    void aReplacedPageLeavesNoOldTextBehind() throws IOException {
        Path changed = dir.resolve("changed");
        Files.createDirectories(changed);
        Path seeds = ProjectRoot.seeds();
        Files.copy(seeds.resolve("manifest.json"), changed.resolve("manifest.json"));
        String page = Files.readString(seeds.resolve("001_807a0e5f213dd034.txt"), StandardCharsets.UTF_8);
        Files.writeString(changed.resolve("001_807a0e5f213dd034.txt"), page.replace("通武廊", "京津冀"), StandardCharsets.UTF_8);

        try (GraphStore store = SeedStore.seeds(dir.resolve("db"))) {
            assertEquals(List.of(TONGWULANG), hits(store, "schema:headline \"\\\"通武廊\\\"\""));
            assertTrue(SeedStore.load(store, List.of(changed.resolve("001_807a0e5f213dd034.txt"))).ok());
            assertEquals(List.of(), hits(store, "schema:headline \"\\\"通武廊\\\"\""), "the old headline is still indexed");
            assertEquals(List.of(), hits(store, "schema:articleBody \"\\\"通武廊\\\"\""), "the old body is still indexed");
            assertEquals(List.of(TONGWULANG), hits(store, "schema:headline \"\\\"京津冀\\\"\""));
            // the other pages are untouched
            assertEquals(scan(store, "schema:headline", "工会"), new TreeSet<>(hits(store, "schema:headline \"工会\"")));
        }
    }

    @Test
    void aStoreWrittenWithoutTheIndexIsMadeSearchableByARebuild() throws IOException {
        Path db = dir.resolve("db");
        List<String> live;
        try (GraphStore store = SeedStore.seeds(db)) {
            live = hits(store, "schema:articleBody \"工匠\"");
        }
        // what a bulk loader leaves: the TDB2 files and no (or an old) index
        try (var s = Files.walk(TextIndexDefinition.folder(db))) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        try (GraphStore store = GraphStore.open(db)) {
            assertEquals(List.of(), hits(store, "schema:articleBody \"工匠\""));
        }
        long indexed = TextIndexBuilder.rebuild(db);
        try (GraphStore store = GraphStore.open(db)) {
            List<String> rebuilt = hits(store, "schema:articleBody \"工匠\"");
            assertEquals(new TreeSet<>(live), new TreeSet<>(rebuilt));
            assertNoDuplicates(rebuilt);
            // every headline, body and label, counted straight from the store
            long literals = Long.parseLong(TextSearch.column(store.datasetGraph(), """
                    SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } VALUES ?p { rdfs:label skos:altLabel skos:prefLabel
                      schema:headline schema:articleBody } FILTER(isLiteral(?o)) }""", "n").get(0));
            assertEquals(literals, indexed);
        }
        // rebuilding twice gives the same index, not twice the hits
        TextIndexBuilder.rebuild(db);
        try (GraphStore store = GraphStore.open(db)) {
            assertEquals(live.size(), hits(store, "schema:articleBody \"工匠\"").size());
        }
    }

    @Test
    void tdb2ToleratesTheIndexFolderInsideTheStoreThroughCompaction() {
        Path db = dir.resolve("db");
        List<String> before;
        try (GraphStore store = SeedStore.seeds(db)) {
            before = hits(store, "schema:headline \"工会\"");
        }
        var tdb = DatabaseMgr.connectDatasetGraph(db.toString());
        DatabaseMgr.compact(tdb, true);
        TDBInternal.expel(tdb);
        assertTrue(Files.isDirectory(TextIndexDefinition.folder(db)), "compaction removed the text index");
        try (GraphStore store = GraphStore.open(db)) {
            assertEquals(before, hits(store, "schema:headline \"工会\""));
            assertTrue(Files.isDirectory(db.resolve("Data-0002")), "compaction made a new generation");
            assertFalse(Files.isDirectory(db.resolve("Data-0001")), "and deleted the old one");
        }
    }
}
