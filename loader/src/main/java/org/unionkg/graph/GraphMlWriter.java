package org.unionkg.graph;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link GraphView} as GraphML 1.0 (http://graphml.graphdrawing.org/), directed. GraphML ids must be
 * XML name tokens, which IRIs are not: nodes are {@code n0, n1 …} and keys {@code d0, d1 …}; each node's IRI is
 * its {@code iri} data. Every value is a string key ({@code attr.type="string"}) so that yEd, Gephi, Cytoscape
 * and networkx read it the same.
 */
public final class GraphMlWriter {
    public static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMlWriter() {}

    public static void write(GraphView view, OutputStream out) {
        Map<String, String> nodeKeys = new LinkedHashMap<>();
        nodeKeys.put("label", "d0");
        nodeKeys.put("type", "d1");
        nodeKeys.put("iri", "d2");
        for (String a : view.nodeAttributeNames()) {
            nodeKeys.putIfAbsent(a, "d" + nodeKeys.size());
        }
        String relationKey = "d" + nodeKeys.size();
        Map<String, String> nodeIds = new HashMap<>();
        view.nodes().forEach(n -> nodeIds.put(n.id(), "n" + nodeIds.size()));

        try (XmlOut x = new XmlOut(out)) {
            XmlOut.call(() -> {
                x.xml.setDefaultNamespace(NS);
            });
            x.start("graphml");
            XmlOut.call(() -> x.xml.writeDefaultNamespace(NS));
            nodeKeys.forEach((name, id) -> key(x, id, "node", name));
            key(x, relationKey, "edge", "relation");
            x.start("graph");
            x.attribute("id", view.name().replaceAll("[^\\w.-]", "_"));
            x.attribute("edgedefault", "directed");
            for (GraphNode n : view.nodes()) {
                x.start("node");
                x.attribute("id", nodeIds.get(n.id()));
                data(x, nodeKeys.get("label"), n.label());
                if (!n.type().isEmpty()) {
                    data(x, nodeKeys.get("type"), n.type());
                }
                data(x, nodeKeys.get("iri"), n.id());
                n.attributes().forEach((k, v) -> data(x, nodeKeys.get(k), v));
                x.end();
            }
            for (GraphEdge e : view.edges()) {
                x.start("edge");
                x.attribute("id", e.id());
                x.attribute("source", nodeIds.get(e.source()));
                x.attribute("target", nodeIds.get(e.target()));
                data(x, relationKey, e.relation());
                x.end();
            }
            x.end();
            x.end();
        }
    }

    private static void key(XmlOut x, String id, String domain, String name) {
        x.empty("key");
        x.attribute("id", id);
        x.attribute("for", domain);
        x.attribute("attr.name", name);
        x.attribute("attr.type", "string");
    }

    private static void data(XmlOut x, String key, String value) {
        x.start("data");
        x.attribute("key", key);
        x.text(value);
        x.end();
    }
}
