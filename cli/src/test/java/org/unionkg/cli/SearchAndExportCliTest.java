package org.unionkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionkg.cli.UnionKgCliTest.run;

/** {@code query search*}, {@code reindex} and {@code export-graph} on the seeds, through the command line. */
class SearchAndExportCliTest {
    static final String GEXF = "http://gexf.net/1.3";

    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void load() {
        db = dir.resolve("db").toString();
        UnionKgCliTest.Run load = run("load", "--db", db, UnionKgCliTest.seeds().toString());
        assertEquals(0, load.exit(), load.err());
    }

    static List<String> csv(UnionKgCliTest.Run r) {
        assertEquals(0, r.exit(), r.err());
        return r.out().strip().lines().toList();
    }

    @Test
    void reindexRebuildsWhatABulkLoadWouldLack() throws IOException {
        List<String> before = csv(run("query", "--db", db, "--format", "csv", "search-articles", "--param", "words=义诊"));
        assertEquals(5, before.size(), "header and four articles: " + before);
        Path index = Path.of(db, "text-index");
        try (Stream<Path> s = Files.walk(index)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        assertEquals(1, csv(run("query", "--db", db, "--format", "csv", "search-articles", "--param", "words=义诊")).size());

        UnionKgCliTest.Run reindex = run("reindex", "--db", db);
        assertEquals(0, reindex.exit(), reindex.err());
        assertTrue(reindex.out().startsWith("indexed "), reindex.out());
        assertEquals(before, csv(run("query", "--db", db, "--format", "csv", "search-articles", "--param", "words=义诊")));
    }

    @Test
    void exportGraphAsGexfToAFile() throws Exception {
        // articles and their journalists: a view of the article layer the seeds already have
        Path view = dir.resolve("authors.rq");
        Files.writeString(view, """
                PREFIX schema: <https://schema.org/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                CONSTRUCT { ?a a schema:NewsArticle ; rdfs:label ?h ; schema:author ?p . ?p a foaf:Person ; rdfs:label ?n }
                WHERE { ?a schema:headline ?h ; schema:author ?p . ?p rdfs:label ?n }""");
        Path out = dir.resolve("authors.gexf");
        UnionKgCliTest.Run r = run("export-graph", "--db", db, "--format", "gexf", "--query", view.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(out.toFile());
        Map<String, String> labels = new HashMap<>();
        NodeList nodes = doc.getElementsByTagNameNS(GEXF, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            labels.put(n.getAttribute("id"), n.getAttribute("label"));
        }
        NodeList edges = doc.getElementsByTagNameNS(GEXF, "edge");
        int byLiuXinxin = 0;
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertEquals("schema:author", e.getAttribute("label"));
            if ("刘欣欣".equals(labels.get(e.getAttribute("target")))) {
                byLiuXinxin++;
            }
        }
        assertEquals(8, byLiuXinxin, "刘欣欣 wrote 8 articles on the seed pages (SeedQueriesTest counts them too)");
        assertTrue(r.err().contains(" edges"), r.err());
    }

    @Test
    void exportGraphAsCytoscapeJsonToStandardOutput() throws IOException {
        UnionKgCliTest.Run r = run("export-graph", "--db", db, "--format", "cyjs");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("union-tree", root.path("data").path("name").asText());
        assertTrue(root.path("elements").path("nodes").isArray(), r.out());
        assertTrue(root.path("elements").path("edges").isArray(), r.out());
    }

    @Test
    void badFormatsAndViewsAreUsageErrors() {
        assertEquals(2, run("export-graph", "--db", db, "--format", "svg").exit());
        UnionKgCliTest.Run r = run("export-graph", "--db", db, "--format", "gexf", "--query", "no-such-view");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("union-tree"), "lists the views: " + r.err());
        UnionKgCliTest.Run list = run("export-graph", "--format", "gexf", "--list");
        assertTrue(list.out().contains("events-by-district"), list.out());
    }
}
