package org.unionkg.query;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.rdf.UKG;
import org.unionkg.store.GraphStore;
import org.unionkg.testing.SeedStore;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The full-text canned queries (search, search-articles) on the seeds, plus one hand-made union. */
class SearchQueriesTest {
    static final String ID = "https://w3id.org/unionkg/id/";
    static final String UNION = ID + "org/bei-jing-shi-zong-gong-hui";

    @TempDir
    static Path dir;
    static GraphStore store;

    @BeforeAll
    static void load() {
        store = SeedStore.seeds(dir.resolve("db"));
        // A union as entity extraction writes one, in an article's graph of its own.
        Node g = NodeFactory.createURI(ID + "article/fixture-01");
        Node u = NodeFactory.createURI(UNION);
        store.replaceGraph(g, List.of(
                Quad.create(g, u, RDF.type.asNode(), NodeFactory.createURI(UKG.NS + "UnionBody")),
                Quad.create(g, u, RDFS.label.asNode(), NodeFactory.createLiteralLang("北京市总工会", "zh")),
                Quad.create(g, u, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang("市总工会", "zh"))).iterator());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<Map<String, String>> rows(String query, String words) {
        CannedQuery q = CannedQueries.resolve(query);
        var rs = new QueryRunner(store.datasetGraph(), 30_000).select(q, QueryRunner.bindings(q, Map.of("words", words)));
        List<Map<String, String>> out = new java.util.ArrayList<>();
        rs.forEachRemaining(b -> {
            Map<String, String> row = new java.util.LinkedHashMap<>();
            b.vars().forEachRemaining(v -> {
                Node n = b.get(v);
                row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI());
            });
            out.add(row);
        });
        return out;
    }

    static Set<String> column(List<Map<String, String>> rows, String name) {
        return rows.stream().map(r -> r.get(name)).collect(Collectors.toSet());
    }

    @Test
    void aUnionIsFoundByAWordInsideItsName() {
        List<Map<String, String>> rows = rows("search", "工会");
        Map<String, String> union = rows.stream().filter(r -> r.get("resource").equals(UNION)).findFirst().orElseThrow(
                () -> new AssertionError("北京市总工会 not found by 工会: " + rows));
        assertEquals("北京市总工会", union.get("label"));
        assertTrue(Set.of(union.get("types").split(" ")).contains(UKG.NS + "UnionBody"), union.get("types"));
        assertEquals(Set.of("北京市总工会", "市总工会"), Set.of(union.get("matches").split(" \\| ")), "both names matched");
        // the ontology's own 工会 terms are names too; articles are not
        assertTrue(column(rows, "label").contains("工会组织"), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.get("resource").contains("/article/")), rows.toString());
        assertEquals(rows.size(), column(rows, "resource").size(), "one row per resource");

        // a phrase: 市总工会 as written, inside any name (廊坊市总工会 too), never 总工会 alone
        List<Map<String, String>> phrase = rows("search", "市总工会");
        assertTrue(column(phrase, "resource").containsAll(Set.of(UNION, "https://w3id.org/unionkg/id/org/lang-fang-shi-zong-gong-hui")),
                phrase.toString());
        phrase.forEach(r -> assertTrue(r.get("matches").contains("市总工会"), r.toString()));
        assertTrue(column(phrase, "label").stream().noneMatch(l -> l.equals("朝阳区总工会")), phrase.toString());
        assertEquals(Set.of(), column(rows("search", "上海市总工会"), "resource"));
    }

    @Test
    void honoursAndPlacesAreFoundByAWordInside() {
        List<Map<String, String>> rows = rows("search", "工匠");
        Set<String> labels = column(rows, "label");
        assertTrue(labels.containsAll(Set.of("朝阳工匠", "亦城工匠", "北京大工匠", "大国工匠")), labels.toString());
        assertFalse(labels.contains("劳动模范"), labels.toString());
        Map<String, String> chaoyang = rows.stream().filter(r -> r.get("label").equals("朝阳工匠")).findFirst().orElseThrow();
        assertEquals(ID + "honour/chao-yang-gong-jiang", chaoyang.get("resource"));
        assertTrue(chaoyang.get("types").contains(UKG.NS + "Honour"), chaoyang.get("types"));

        List<Map<String, String>> places = rows("search", "朝阳区");
        assertTrue(column(places, "resource").contains(ID + "place/chao-yang-qu"), places.toString());
    }

    @Test
    void articlesAreFoundByBodyAndHeadlineWithASnippet() {
        List<Map<String, String>> rows = rows("search-articles", "义诊");
        Set<String> articles = column(rows, "article");
        // counted on the pages: 000-05 (义诊体检), 000-07 (义诊、甜品试吃), 001-06 (免费义诊活动), 004-06
        assertEquals(Set.of(ID + "article/000_8c79aeed4abb6d7c-05", ID + "article/000_8c79aeed4abb6d7c-07",
                ID + "article/001_807a0e5f213dd034-06", ID + "article/004_983e73bff6a30a31-06"), articles);
        assertEquals(4, rows.size(), "one row per article");
        Map<String, String> free = rows.stream()
                .filter(r -> r.get("article").equals(ID + "article/001_807a0e5f213dd034-06")).findFirst().orElseThrow();
        assertTrue(free.get("snippet").contains("开展免费义诊活动，为快递员、外卖"), free.get("snippet"));
        assertTrue(free.get("snippet").length() <= 30 + 2 + 40 + 2, free.get("snippet"));
        rows.forEach(r -> assertFalse(r.get("snippet").contains("\n"), "one line: " + r));

        List<Map<String, String>> headline = rows("search-articles", "通武廊");
        assertEquals(1, headline.size(), headline.toString());
        assertEquals("通州区总工会举办通武廊青年职工联谊活动", headline.get(0).get("headline"));
        assertTrue(headline.get(0).get("snippet").contains("通州区总工会联合武清区总工会、廊坊市总工会举办通武廊青年职工交流联谊活动"),
                headline.get(0).get("snippet"));
    }

    @Test
    void quotesInTheWordsStayData() {
        assertEquals(List.of(), rows("search-articles", "\" OR body:*"));
        assertEquals(List.of(), rows("search", "\\\"工"));
    }
}
