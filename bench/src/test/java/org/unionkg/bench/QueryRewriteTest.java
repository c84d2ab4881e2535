package org.unionkg.bench;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.junit.jupiter.api.Test;
import org.unionkg.page.Manifest;
import org.unionkg.page.PageReader;
import org.unionkg.pipeline.PageProcessor;
import org.unionkg.query.CannedQueries;
import org.unionkg.query.CannedQuery;
import org.unionkg.query.QueryRunner;
import org.unionkg.store.UnionDefaultGraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The index-friendly rewrite answers exactly what the canned query answers. */
class QueryRewriteTest {

    @Test
    void theRewriteOfArticlesByJournalistGivesTheSameRows() throws Exception {
        Path seeds = Path.of(System.getProperty("unionkg.root", "..")).resolve("seeds");
        PageProcessor p = PageProcessor.standard(new PageReader(Manifest.load(seeds.resolve("manifest.json"))));
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (var files = Files.list(seeds)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                p.process(f).graphs().find().forEachRemaining(dsg::add);
            }
        }
        QueryRunner runner = new QueryRunner(UnionDefaultGraph.of(dsg), 10_000);
        CannedQuery original = CannedQueries.resolve("articles-by-journalist");
        CannedQuery rewrite = CannedQuery.parse("rewrite",
                String.join("\n", Gazetteer.lines("rewrites/articles-by-journalist.rq", false)));
        for (String name : List.of("刘安琪", "边磊", "宗晓畅", "没有此人")) {
            Map<String, String> args = Map.of("journalist", name);
            List<String> a = rows(runner.select(original, QueryRunner.bindings(original, args)));
            List<String> b = rows(runner.select(rewrite, QueryRunner.bindings(rewrite, args)));
            assertEquals(a, b, name);
            assertEquals(name.equals("没有此人"), a.isEmpty(), name);
        }
        assertFalse(rows(runner.select(rewrite, QueryRunner.bindings(rewrite, Map.of("journalist", "边磊")))).isEmpty());
    }

    private static List<String> rows(RowSetRewindable rs) {
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(b -> out.add(b.toString()));
        return out;
    }
}
