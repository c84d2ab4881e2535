package org.unionkg.graph;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A node of a {@link GraphView}: a resource of the knowledge graph.
 *
 * @param id         the resource's IRI (formats whose ids must be XML names number the nodes and keep the IRI as an attribute)
 * @param label      its Chinese name ({@code rdfs:label @zh}), or the last segment of the IRI when it has none
 * @param type       its class as a prefixed name ({@code ukg:UnionBody}), or empty
 * @param attributes other values by name ({@code level → 区级}, {@code district → 朝阳区}, {@code date → 2025-09-18}), sorted
 */
public record GraphNode(String id, String label, String type, SortedMap<String, String> attributes) {
    public GraphNode {
        attributes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    }

    public GraphNode(String id, String label, String type, Map<String, String> attributes) {
        this(id, label, type, new TreeMap<>(attributes));
    }
}
