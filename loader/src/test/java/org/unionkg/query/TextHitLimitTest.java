package org.unionkg.query;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.rdf.UKG;
import org.unionkg.store.GraphStore;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * jena-text answers at most 10,000 hits unless text:query is given a limit, and the index holds a document per
 * graph that states a literal. A small store in which one union's name is stated in 10,500 article graphs (as
 * 北京市总工会 is on a large store) and 260 other unions' names contain the same word: the searches still answer
 * as many rows as their LIMIT declares, and every canned text:query says its limit.
 */
class TextHitLimitTest {
    static final String ID = "https://w3id.org/unionkg/id/";
    static final int REPEATS = 10_500;               // more graphs than jena-text's default 10,000 hits
    static final int OTHERS = 260;                   // more unions than search's LIMIT 200

    @TempDir
    static Path dir;
    static GraphStore store;

    @BeforeAll
    static void load() {
        store = GraphStore.open(dir.resolve("db"));
        DatasetGraph dsg = store.datasetGraph();      // the text dataset: the index follows each quad
        Node unionBody = NodeFactory.createURI(UKG.NS + "UnionBody");
        Node article = NodeFactory.createURI("https://schema.org/NewsArticle");
        Node headline = NodeFactory.createURI("https://schema.org/headline");
        Node body = NodeFactory.createURI("https://schema.org/articleBody");
        Node city = NodeFactory.createURI(ID + "org/bei-jing-shi-zong-gong-hui");
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < REPEATS; i++) {
                Node g = NodeFactory.createURI(ID + "article/repeat-" + i);
                dsg.add(Quad.create(g, city, RDF.type.asNode(), unionBody));
                dsg.add(Quad.create(g, city, RDFS.label.asNode(), NodeFactory.createLiteralLang("北京市总工会", "zh")));
            }
            for (int i = 0; i < OTHERS; i++) {
                Node g = NodeFactory.createURI(ID + "article/other-" + i);
                Node u = NodeFactory.createURI(ID + "org/other-" + i);
                // longer names than 北京市总工会, so each scores below it for 工会
                String name = "北京市朝阳区第" + chinese(i) + "机械制造厂工会委员会";
                dsg.add(Quad.create(g, u, RDF.type.asNode(), unionBody));
                dsg.add(Quad.create(g, u, RDFS.label.asNode(), NodeFactory.createLiteralLang(name, "zh")));
                dsg.add(Quad.create(g, g, RDF.type.asNode(), article));
                dsg.add(Quad.create(g, g, headline, NodeFactory.createLiteralLang(name + "举办职工技能竞赛", "zh")));
                dsg.add(Quad.create(g, g, body, NodeFactory.createLiteralLang(
                        "近日，" + name + "举办职工技能竞赛，工会干部和职工参加。", "zh")));
            }
        });
    }

    /** A number in Chinese digits, so that every name is Chinese text the bigram index takes whole. */
    private static String chinese(int n) {
        String digits = "〇一二三四五六七八九";
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            s.append(digits.charAt(c - '0'));
        }
        return s.toString();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<String> column(String query, String words, String column) {
        CannedQuery q = CannedQueries.resolve(query);
        var rows = new QueryRunner(store.datasetGraph(), 120_000).select(q, QueryRunner.bindings(q, Map.of("words", words)));
        List<String> out = new java.util.ArrayList<>();
        rows.forEachRemaining(b -> out.add(b.get(column).toString()));
        return out;
    }

    @Test
    void searchAnswersItsLimitOfDistinctNamesThoughOneNameHasMoreThan10000Hits() {
        List<String> resources = column("search", "工会", "resource");
        assertEquals(200, resources.size(), "LIMIT 200, and 261 unions have 工会 in their name");
        assertEquals(200, new HashSet<>(resources).size());
        assertEquals(ID + "org/bei-jing-shi-zong-gong-hui", resources.get(0), "the shortest name scores best");
        assertTrue(resources.stream().filter(r -> r.contains("/org/other-")).count() == 199, resources.toString());
    }

    @Test
    void searchArticlesAnswersItsLimitFromTheBestHitsOfEachField() {
        List<String> articles = column("search-articles", "工会", "article");
        assertEquals(200, articles.size(), "LIMIT 200, and 260 articles say 工会");
        assertEquals(200, new HashSet<>(articles).size());
        assertTrue(articles.stream().allMatch(a -> a.contains("/article/other-")), articles.toString());
    }

    @Test
    void everyCannedTextQuerySaysItsHitLimit() {
        Pattern textQuery = Pattern.compile("text:query\\s*\\(([^)]*)\\)");
        Set<String> searching = new HashSet<>();
        for (CannedQuery q : CannedQueries.all()) {
            Matcher m = textQuery.matcher(q.sparql());
            while (m.find()) {
                searching.add(q.name());
                String[] args = m.group(1).trim().split("\\s+");
                assertTrue(args[args.length - 1].matches("\\d+"),
                        q.name() + ": text:query (" + m.group(1) + ") has no limit, so jena-text stops at 10,000 hits");
                assertTrue(q.sparql().contains("Hit limit") || q.sparql().contains("hit limit"),
                        q.name() + " does not say why its limit is what it is");
            }
        }
        assertEquals(Set.of("search", "search-articles", "body-search", "article-by-headline"), searching);
        assertFalse(searching.isEmpty());
    }
}
