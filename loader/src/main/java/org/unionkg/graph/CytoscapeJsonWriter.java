package org.unionkg.graph;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Writes a {@link GraphView} as Cytoscape.js JSON: {@code {"data": {"name": …}, "elements": {"nodes": [{"data":
 * {"id", "label", "type", "iri", …attributes}}], "edges": [{"data": {"id", "source", "target", "relation",
 * "label"}}]}}}, which {@code cytoscape({elements: json.elements})} and Cytoscape desktop's cyjs import take as is.
 * An attribute whose name Cytoscape reserves ({@code id}, {@code source}, {@code target}, {@code parent}) gets an
 * {@code attr_} prefix.
 */
public final class CytoscapeJsonWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RESERVED = Set.of("id", "source", "target", "parent", "label", "type", "iri");

    private CytoscapeJsonWriter() {}

    public static ObjectNode toJson(GraphView view) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("data").put("name", view.name());
        ObjectNode elements = root.putObject("elements");
        ArrayNode nodes = elements.putArray("nodes");
        for (GraphNode n : view.nodes()) {
            ObjectNode data = nodes.addObject().putObject("data");
            data.put("id", n.id());
            data.put("label", n.label());
            data.put("type", n.type());
            data.put("iri", n.id());
            n.attributes().forEach((k, v) -> data.put(RESERVED.contains(k) ? "attr_" + k : k, v));
        }
        ArrayNode edges = elements.putArray("edges");
        for (GraphEdge e : view.edges()) {
            ObjectNode data = edges.addObject().putObject("data");
            data.put("id", e.id());
            data.put("source", e.source());
            data.put("target", e.target());
            data.put("relation", e.relation());
            data.put("label", e.relation());
        }
        return root;
    }

    public static void write(GraphView view, OutputStream out) {
        try {
            JsonGenerator g = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            JSON.writerWithDefaultPrettyPrinter().writeValue(g, toJson(view));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
