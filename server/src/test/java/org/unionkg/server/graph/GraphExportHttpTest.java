package org.unionkg.server.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.rdf.UKG;
import org.unionkg.server.ServerSettings;
import org.unionkg.server.UnionKgServer;
import org.unionkg.store.GraphStore;
import org.unionkg.store.ReferenceData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code /unionkg/graph} on a server started from {@code fuseki-config/config.ttl}. */
class GraphExportHttpTest {
    static final String ID = "https://w3id.org/unionkg/id/";
    static final String CITY = ID + "org/bei-jing-shi-zong-gong-hui";
    static final String CHAOYANG = ID + "org/chao-yang-qu-zong-gong-hui";

    @TempDir
    static Path dir;
    static FusekiServer server;
    static String graph;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        Path db = dir.resolve("db");
        try (GraphStore store = GraphStore.open(db)) {
            ReferenceData.install(store);
            Node g = NodeFactory.createURI(ID + "article/fixture-01");
            Node city = NodeFactory.createURI(CITY);
            Node chaoyang = NodeFactory.createURI(CHAOYANG);
            Node union = NodeFactory.createURI(UKG.NS + "UnionBody");
            store.replaceGraph(g, List.of(
                    Quad.create(g, city, RDF.type.asNode(), union),
                    Quad.create(g, city, RDFS.label.asNode(), NodeFactory.createLiteralLang("北京市总工会", "zh")),
                    Quad.create(g, chaoyang, RDF.type.asNode(), union),
                    Quad.create(g, chaoyang, RDFS.label.asNode(), NodeFactory.createLiteralLang("朝阳区总工会", "zh")),
                    Quad.create(g, chaoyang, NodeFactory.createURI(UKG.NS + "level"), NodeFactory.createURI(ID + "level/district")),
                    Quad.create(g, chaoyang, NodeFactory.createURI("http://www.w3.org/ns/org#subOrganizationOf"), city)).iterator());
        }
        Path root = Path.of(System.getProperty("unionkg.root", "..")).toAbsolutePath().normalize();
        server = UnionKgServer.start(ServerSettings.readOnly(db, 0, root.resolve("fuseki-config/config.ttl"), true));
        graph = "http://localhost:" + server.getPort() + "/unionkg/graph";
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    static HttpResponse<String> get(String params) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(graph + "?" + params)).timeout(Duration.ofSeconds(60)).GET().build(),
                             HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theUnionTreeAsGexf() throws Exception {
        HttpResponse<String> r = get("format=gexf&view=union-tree");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/gexf+xml"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        Map<String, String> labels = new HashMap<>();
        NodeList nodes = doc.getElementsByTagNameNS("http://gexf.net/1.3", "node");
        for (int i = 0; i < nodes.getLength(); i++)
            labels.put(((Element) nodes.item(i)).getAttribute("id"), ((Element) nodes.item(i)).getAttribute("label"));
        assertEquals(Map.of(CITY, "北京市总工会", CHAOYANG, "朝阳区总工会"), labels);
        NodeList edges = doc.getElementsByTagNameNS("http://gexf.net/1.3", "edge");
        assertEquals(1, edges.getLength());
        Element e = (Element) edges.item(0);
        assertEquals(List.of(CHAOYANG, CITY, "org:subOrganizationOf"),
                     List.of(e.getAttribute("source"), e.getAttribute("target"), e.getAttribute("label")));
        assertTrue(r.body().contains("区级"), "the level's label: " + r.body());
    }

    @Test
    void anyConstructAsCytoscapeJson() throws IOException {
        String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX org: <http://www.w3.org/ns/org#>"
                   + " CONSTRUCT { ?a org:subOrganizationOf ?b . ?a rdfs:label ?l } WHERE { ?a org:subOrganizationOf ?b ; rdfs:label ?l }";
        HttpResponse<String> r = get("format=cyjs&query=" + enc(q));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode root = new ObjectMapper().readTree(r.body());
        JsonNode edges = root.path("elements").path("edges");
        assertEquals(1, edges.size(), r.body());
        assertEquals(CHAOYANG, edges.get(0).path("data").path("source").asText());
        assertEquals(CITY, edges.get(0).path("data").path("target").asText());
        assertEquals(2, root.path("elements").path("nodes").size());
    }

    @Test
    void theDefaultIsTheUnionTreeAsCytoscapeJson() throws IOException {
        HttpResponse<String> r = get("");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("union-tree", new ObjectMapper().readTree(r.body()).path("data").path("name").asText());
    }

    @Test
    void whatIsNotAGraphViewIsRefused() {
        assertEquals(400, get("format=svg").statusCode());
        HttpResponse<String> view = get("view=" + enc("../../../etc/passwd"));
        assertEquals(400, view.statusCode());
        assertTrue(view.body().contains("union-tree"), view.body());
        HttpResponse<String> select = get("query=" + enc("SELECT * { ?s ?p ?o }"));
        assertEquals(400, select.statusCode());
        assertTrue(select.body().contains("CONSTRUCT"), select.body());
        assertEquals(400, get("query=" + enc("DROP ALL")).statusCode());
        assertEquals(400, get("query=" + enc("INSERT DATA { <urn:x:s> <urn:x:p> 1 }")).statusCode());
        assertEquals(400, get("view=union-tree&query=" + enc("CONSTRUCT WHERE { ?s ?p ?o }")).statusCode());
    }

    @Test
    void theDatasetsTimeoutIsTheLimit() {
        GraphExportServlet servlet = new GraphExportServlet(server.getDataAccessPointRegistry().get("/unionkg").getDataService().getDataset());
        assertEquals(10_000, servlet.timeoutMillis(), "arq:queryTimeout of fuseki-config/config.ttl");
    }
}
