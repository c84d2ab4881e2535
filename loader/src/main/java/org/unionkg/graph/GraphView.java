package org.unionkg.graph;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A graph for visualisation tools (Gephi, Cytoscape, yEd): nodes with a label, a type and attributes, and
 * directed edges with their relation. Built from the result of a CONSTRUCT query by {@link GraphViews#fromRdf};
 * written by {@link GraphMlWriter}, {@link GexfWriter} and {@link CytoscapeJsonWriter}. Nodes are sorted by id,
 * edges by source, relation and target, so the same store always gives the same file.
 */
public record GraphView(String name, List<GraphNode> nodes, List<GraphEdge> edges) {
    public GraphView {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** Every attribute name some node has, sorted: the columns of the node table. */
    public SortedSet<String> nodeAttributeNames() {
        SortedSet<String> names = new TreeSet<>();
        nodes.forEach(n -> names.addAll(n.attributes().keySet()));
        return names;
    }
}
