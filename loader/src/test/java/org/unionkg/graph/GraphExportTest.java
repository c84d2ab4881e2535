package org.unionkg.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.stream.file.FileSource;
import org.graphstream.stream.file.FileSourceGEXF;
import org.graphstream.stream.file.FileSourceGraphML;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.store.GraphStore;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Graph views on a hand-made union tree with the reference data, and their GraphML, GEXF and Cytoscape.js files read back. */
class GraphExportTest {
    static final String ID = "https://w3id.org/unionkg/id/";
    static final String CITY = ID + "org/bei-jing-shi-zong-gong-hui";
    static final String CHAOYANG = ID + "org/chao-yang-qu-zong-gong-hui";
    static final String DONGHU = ID + "org/dong-hu-jie-dao-zong-gong-hui";
    static final String ODD = ID + "org/te-shu-zi-fu";
    static final String ODD_LABEL = "A&B \"职工\" <之家> 工会";

    @TempDir
    static Path dir;
    static GraphStore store;

    @BeforeAll
    static void load() throws IOException {
        // the fixture alone with the reference data (districts, levels): the expected graphs are small and exact
        store = GraphStore.open(dir.resolve("db"));
        org.unionkg.store.ReferenceData.install(store);
        DatasetGraph fixture = DatasetGraphFactory.create();
        try (InputStream in = GraphExportTest.class.getResourceAsStream("unions.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(fixture);
        }
        for (Node g : org.apache.jena.atlas.iterator.Iter.toList(fixture.listGraphNodes())) {
            store.replaceGraph(g, fixture.find(g, Node.ANY, Node.ANY, Node.ANY));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static GraphView view(String name) {
        return GraphViews.build(store.datasetGraph(), GraphViews.resolve(name), 30_000);
    }

    static GraphNode node(GraphView v, String id) {
        return v.nodes().stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + v.nodes()));
    }

    static Set<String> edges(GraphView v) {
        return v.edges().stream().map(e -> e.source() + " " + e.relation() + " " + e.target()).collect(Collectors.toSet());
    }

    static byte[] write(GraphView v, GraphFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.write(v, out);
        return out.toByteArray();
    }

    @Test
    void theShippedViewsAreListed() {
        assertEquals(List.of("events-by-district", "people-and-unions", "union-tree"), GraphViews.names());
        assertTrue(GraphViews.names().contains(GraphViews.DEFAULT_VIEW));
    }

    @Test
    void unionTree() {
        GraphView v = view("union-tree");
        assertEquals(Set.of(
                CHAOYANG + " org:subOrganizationOf " + CITY,
                DONGHU + " org:subOrganizationOf " + CHAOYANG,
                ODD + " org:subOrganizationOf " + DONGHU), edges(v));
        assertEquals(Set.of(CITY, CHAOYANG, DONGHU, ODD), v.nodes().stream().map(GraphNode::id).collect(Collectors.toSet()));
        GraphNode donghu = node(v, DONGHU);
        assertEquals("东湖街道总工会", donghu.label());
        assertEquals("ukg:UnionBody", donghu.type());
        // 东湖街道 lies within 朝阳区 (ontology/places/beijing.ttl); the level is the scheme's Chinese label
        assertEquals(Map.of("level", "街道乡镇级", "district", "朝阳区"), donghu.attributes());
        assertEquals(Map.of("level", "区级", "district", "朝阳区"), node(v, CHAOYANG).attributes());
        assertEquals(Map.of("level", "市级"), node(v, CITY).attributes(), "北京市 is a city, not a district");
    }

    @Test
    void peopleAndTheirUnions() {
        GraphView v = view("people-and-unions");
        assertEquals(Set.of(ID + "person/zhang-liang org:memberOf " + CITY), edges(v));
        GraphNode zhang = node(v, ID + "person/zhang-liang");
        assertEquals("张良", zhang.label());
        assertEquals("foaf:Person", zhang.type());
        assertEquals("党组书记、副主席（北京市总工会）", zhang.attributes().get("post"));
        assertEquals("市级", node(v, CITY).attributes().get("level"));
    }

    @Test
    void eventsByDistrict() {
        GraphView v = view("events-by-district");
        String clinic = ID + "event/fixture-03-1";
        String contest = ID + "event/fixture-03-2";
        assertEquals(Set.of(clinic + " view:inDistrict " + ID + "place/chao-yang-qu",
                contest + " view:inDistrict " + ID + "place/dong-cheng-qu"), edges(v));
        assertEquals(Map.of("date", "2025-09-18", "district", "朝阳区", "eventType", "关爱服务"), node(v, clinic).attributes());
        assertEquals(Map.of("date", "2025-10", "district", "东城区", "eventType", "技能竞赛"), node(v, contest).attributes());
        assertEquals("东湖街道总工会开展义诊活动", node(v, clinic).label());
        assertEquals("ukg:Event", node(v, clinic).type());
        assertEquals("ukg:District", node(v, ID + "place/chao-yang-qu").type());
        assertEquals("朝阳区", node(v, ID + "place/chao-yang-qu").label());
        assertEquals(4, v.nodes().size());
    }

    @Test
    void aViewMustBeAConstruct() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GraphViews.build(store.datasetGraph(),
                GraphViews.ofText("q", "SELECT * { ?s ?p ?o }"), 1000));
        assertTrue(e.getMessage().contains("CONSTRUCT"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GraphViews.resolve("no-such-view"));
    }

    // ---- the files

    @Test
    void gexfIsReadBackByGraphStream() throws IOException {
        GraphView v = view("union-tree");
        byte[] gexf = write(v, GraphFormat.GEXF);
        XmlChecks.checkGexf(gexf);

        MultiGraph g = new MultiGraph("read-back");
        FileSource source = new FileSourceGEXF();
        source.addSink(g);
        source.readAll(new ByteArrayInputStream(gexf));
        source.removeSink(g);
        assertEquals(v.nodes().size(), g.getNodeCount());
        assertEquals(v.edges().size(), g.getEdgeCount());
        assertEquals("东湖街道总工会", g.getNode(DONGHU).getAttribute("label"));
        assertEquals(ODD_LABEL, g.getNode(ODD).getAttribute("label"), "escaped and read back as written");
        assertEquals("朝阳区", g.getNode(DONGHU).getAttribute("district"));
        assertEquals("ukg:UnionBody", g.getNode(DONGHU).getAttribute("type"));
        Set<String> edges = new HashSet<>();
        g.edges().forEach(e -> edges.add(e.getSourceNode().getId() + " " + e.getAttribute("relation") + " " + e.getTargetNode().getId()));
        assertEquals(edges(v), edges);
        g.edges().forEach(e -> assertTrue(e.isDirected()));
    }

    @Test
    void graphMlIsReadBackByGraphStream() throws IOException {
        GraphView v = view("union-tree");
        byte[] graphml = write(v, GraphFormat.GRAPHML);
        XmlChecks.checkGraphMl(graphml);

        MultiGraph g = new MultiGraph("read-back");
        FileSource source = new FileSourceGraphML();
        source.addSink(g);
        source.readAll(new ByteArrayInputStream(graphml));
        source.removeSink(g);
        assertEquals(v.nodes().size(), g.getNodeCount());
        assertEquals(v.edges().size(), g.getEdgeCount());
        // GraphML ids are n0, n1 …; the IRI, label and attributes are data
        Map<String, org.graphstream.graph.Node> byIri = new HashMap<>();
        g.nodes().forEach(n -> byIri.put(String.valueOf(n.getAttribute("iri")), n));
        assertEquals("东湖街道总工会", byIri.get(DONGHU).getAttribute("label"));
        assertEquals("街道乡镇级", byIri.get(DONGHU).getAttribute("level"));
        assertEquals(ODD_LABEL, byIri.get(ODD).getAttribute("label"));
        Set<String> edges = new HashSet<>();
        g.edges().forEach(e -> edges.add(e.getSourceNode().getAttribute("iri") + " " + e.getAttribute("relation") + " "
                + e.getTargetNode().getAttribute("iri")));
        assertEquals(edges(v), edges);
    }

    @Test
    void graphMlAndGexfEscapeAndDeclareWhatTheyUse() {
        GraphView v = view("union-tree");
        String graphml = new String(write(v, GraphFormat.GRAPHML), StandardCharsets.UTF_8);
        assertTrue(graphml.contains("A&amp;B \"职工\" &lt;之家&gt; 工会"), graphml);
        Element gexfRoot = XmlChecks.checkGexf(write(v, GraphFormat.GEXF)).getDocumentElement();
        assertEquals("unionkg", gexfRoot.getElementsByTagNameNS(GexfWriter.NS, "creator").item(0).getTextContent());
    }

    @Test
    void cytoscapeJsonHasTheElementsShape() throws IOException {
        GraphView v = view("people-and-unions");
        JsonNode root = new ObjectMapper().readTree(write(v, GraphFormat.CYJS));
        JsonNode nodes = root.path("elements").path("nodes");
        JsonNode edges = root.path("elements").path("edges");
        assertTrue(nodes.isArray() && edges.isArray(), root.toString());
        assertEquals(v.nodes().size(), nodes.size());
        assertEquals(v.edges().size(), edges.size());
        Map<String, JsonNode> byId = new HashMap<>();
        nodes.forEach(n -> assertEquals(null, byId.put(n.path("data").path("id").asText(), n.path("data")), "unique node ids"));
        assertEquals("张良", byId.get(ID + "person/zhang-liang").path("label").asText());
        assertEquals("党组书记、副主席（北京市总工会）", byId.get(ID + "person/zhang-liang").path("post").asText());
        for (JsonNode e : edges) {
            JsonNode d = e.path("data");
            assertTrue(byId.containsKey(d.path("source").asText()), "edge source is a node");
            assertTrue(byId.containsKey(d.path("target").asText()), "edge target is a node");
            assertFalse(byId.containsKey(d.path("id").asText()), "edge ids differ from node ids");
            assertEquals("org:memberOf", d.path("relation").asText());
        }
        assertEquals("people-and-unions", root.path("data").path("name").asText());
    }
}
