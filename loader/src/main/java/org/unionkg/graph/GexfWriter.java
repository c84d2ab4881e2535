package org.unionkg.graph;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link GraphView} as GEXF 1.3 (https://gexf.net/), the format Gephi reads best: a static directed
 * graph, node ids the IRIs, {@code label} the Chinese name, {@code type} and the view's attributes as declared
 * string attributes (Gephi's data laboratory columns), and each edge labelled with its relation.
 */
public final class GexfWriter {
    public static final String NS = "http://gexf.net/1.3";
    public static final String VERSION = "1.3";

    private GexfWriter() {}

    public static void write(GraphView view, OutputStream out) {
        Map<String, String> nodeAttrs = new LinkedHashMap<>();
        nodeAttrs.put("type", "type");
        nodeAttrs.put("iri", "iri");
        view.nodeAttributeNames().forEach(a -> nodeAttrs.putIfAbsent(a, a));

        try (XmlOut x = new XmlOut(out)) {
            XmlOut.call(() -> x.xml.setDefaultNamespace(NS));
            x.start("gexf");
            XmlOut.call(() -> x.xml.writeDefaultNamespace(NS));
            x.attribute("version", VERSION);
            x.start("meta");
            x.textElement("creator", "unionkg");
            x.textElement("description", view.name());
            x.end();
            x.start("graph");
            x.attribute("mode", "static");
            x.attribute("defaultedgetype", "directed");
            attributes(x, "node", nodeAttrs);
            attributes(x, "edge", Map.of("relation", "relation"));
            x.start("nodes");
            for (GraphNode n : view.nodes()) {
                x.start("node");
                x.attribute("id", n.id());
                x.attribute("label", n.label());
                x.start("attvalues");
                if (!n.type().isEmpty()) {
                    attvalue(x, "type", n.type());
                }
                attvalue(x, "iri", n.id());
                n.attributes().forEach((k, v) -> attvalue(x, k, v));
                x.end();
                x.end();
            }
            x.end();
            x.start("edges");
            for (GraphEdge e : view.edges()) {
                x.start("edge");
                x.attribute("id", e.id());
                x.attribute("source", e.source());
                x.attribute("target", e.target());
                x.attribute("label", e.relation());
                x.start("attvalues");
                attvalue(x, "relation", e.relation());
                x.end();
                x.end();
            }
            x.end();
            x.end();
            x.end();
        }
    }

    private static void attributes(XmlOut x, String cls, Map<String, String> attrs) {
        x.start("attributes");
        x.attribute("class", cls);
        x.attribute("mode", "static");
        attrs.forEach((id, title) -> {
            x.empty("attribute");
            x.attribute("id", id);
            x.attribute("title", title);
            x.attribute("type", "string");
        });
        x.end();
    }

    private static void attvalue(XmlOut x, String attr, String value) {
        x.empty("attvalue");
        x.attribute("for", attr);
        x.attribute("value", value);
    }
}
