package org.unionkg.query;

import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.junit.jupiter.api.Test;
import org.unionkg.testing.SeedStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The canned queries' real answers on the five seed pages, checked by hand against the pages. */
class SeedQueriesTest {
    static final QueryRunner runner = new QueryRunner(SeedStore.shared().datasetGraph(), 30_000);

    /** A canned query's rows on the seeds, each term as text (literals by their lexical form). */
    static List<Map<String, String>> rows(String query, Map<String, String> params) {
        CannedQuery q = CannedQueries.resolve(query);
        RowSetRewindable rs = runner.select(q, QueryRunner.bindings(q, params));
        List<Map<String, String>> out = new ArrayList<>();
        while (rs.hasNext()) {
            Binding b = rs.next();
            Map<String, String> row = new java.util.LinkedHashMap<>();
            b.vars().forEachRemaining((Var v) -> {
                var n = b.get(v);
                row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
            });
            out.add(row);
        }
        return out;
    }

    @Test
    void articlesPerPage() {
        List<Map<String, String>> rows = rows("articles-per-page", Map.of());
        assertEquals(List.of("000_8c79aeed4abb6d7c", "001_807a0e5f213dd034", "002_5e55d61621466464",
                "003_ba22a2eb888b9f8c", "004_983e73bff6a30a31"), rows.stream().map(r -> r.get("pageId")).toList());
        assertEquals(List.of("7", "6", "6", "6", "7"), rows.stream().map(r -> r.get("articles")).toList());
        assertTrue(rows.get(0).get("headlines").startsWith(
                "北京市人大常委会执法检查组对东城区开展工会法相关法律法规实施情况检查 | 北京大学人民医院工会专题学习习近平总书记重要讲话精神 | 感受工会发展成就"),
                rows.get(0).get("headlines"));
        assertTrue(rows.get(4).get("headlines").endsWith("| 玉泉营街道总工会开办花卉养护课"), rows.get(4).get("headlines"));
    }

    @Test
    void journalistsAndTheirArticleCounts() {
        List<Map<String, String>> rows = rows("journalists", Map.of());
        Map<String, String> counts = new java.util.HashMap<>();
        rows.forEach(r -> counts.put(r.get("name"), r.get("articles")));
        // counted by hand on the five pages
        assertEquals("8", counts.get("刘欣欣"));
        assertEquals("5", counts.get("宗晓畅"));
        assertEquals("4", counts.get("边磊"));
        assertEquals("4", counts.get("马超"));
        assertEquals("1", counts.get("刘安琪"));
        assertEquals("2", counts.get("王辰阳"));
        assertEquals("刘欣欣", rows.get(0).get("name"), "the busiest journalist comes first");
        rows.stream().filter(r -> r.get("name").equals("王辰阳")).forEach(r -> assertTrue(r.get("roles").contains("实习记者"), r.toString()));
    }

    @Test
    void articlesByAJournalist() {
        List<Map<String, String>> rows = rows("articles-by-journalist", Map.of("journalist", "边磊"));
        assertEquals(List.of(
                "北京市人大常委会执法检查组对东城区开展工会法相关法律法规实施情况检查",
                "北京市自来水集团工会干部集中“充电”",
                "北京排水集团“劳模榜样宣讲团”成立",
                "以书换蔬 共建书屋"), rows.stream().map(r -> r.get("headline")).toList());
        assertEquals(java.util.Set.of("记者", "摄影"), java.util.Set.of(rows.get(3).get("roles").split("、")),
                "本报记者 边磊 摄影报道: reporter and photographer");
        assertEquals(List.of(), rows("articles-by-journalist", Map.of("journalist", "边")), "a name matches whole, not in part");
    }

    @Test
    void fullTextOfAnArticleByHeadlineWords() {
        List<Map<String, String>> rows = rows("article-by-headline", Map.of("words", "通武廊"));
        assertEquals(1, rows.size());
        Map<String, String> r = rows.get(0);
        assertEquals("通州区总工会举办通武廊青年职工联谊活动", r.get("headline"));
        assertTrue(r.get("byline").contains("宗晓畅"), r.get("byline"));
        assertTrue(r.get("body").startsWith("近日，通州区总工会联合武清区总工会、廊坊市总工会举办通武廊青年职工交流联谊活动。"), r.get("body"));
        assertTrue(r.get("body").contains("引导大家在轻松愉快的氛围下进行自我介绍。"), "column break joined: " + r.get("body"));
        assertTrue(r.get("body").endsWith("增强归属感与凝聚力。"), r.get("body"));
    }

    @Test
    void countsByClass() {
        Map<String, String> counts = new java.util.HashMap<>();
        rows("counts-by-class", Map.of()).forEach(r -> counts.put(r.get("class"), r.get("count")));
        assertEquals("32", counts.get("https://schema.org/NewsArticle"));
        assertEquals("4", counts.get("https://w3id.org/unionkg/def#PhotoItem"), "感受工会发展成就, 劳模宣讲报告会, 团建共学提技能, 以书换蔬 共建书屋");
        assertEquals("5", counts.get("https://w3id.org/unionkg/def#Page"));
    }

    /**
     * counts-by-class counts without DISTINCT (which kept every subject in memory at 100,000 pages), relying on the
     * union default graph giving each triple once. The seeds hold type triples written in two graphs, so this would
     * fail if that ever stopped being true.
     */
    @Test
    void countsByClassCountEachThingOnceThoughTwoGraphsTypeIt() {
        List<Map<String, String>> twice = new ArrayList<>();
        runner.select(CannedQuery.parse("typed-twice", """
                SELECT ?s ?c WHERE { GRAPH ?g1 { ?s a ?c } GRAPH ?g2 { ?s a ?c } FILTER(STR(?g1) < STR(?g2)) }"""), Map.of())
                .forEachRemaining(b -> twice.add(Map.of("c", b.get("c").toString())));
        assertFalse(twice.isEmpty(), "the seeds have things typed in two graphs (the case this test is about)");
        Map<String, String> distinct = new java.util.HashMap<>();
        runner.select(CannedQuery.parse("distinct-counts", """
                SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } } GROUP BY ?c"""), Map.of())
                .forEachRemaining(b -> distinct.put(b.get("c").getURI(), b.get("n").getLiteralLexicalForm()));
        Map<String, String> counts = new java.util.HashMap<>();
        rows("counts-by-class", Map.of()).forEach(r -> counts.put(r.get("class"), r.get("count")));
        assertEquals(distinct, counts);
    }
}
