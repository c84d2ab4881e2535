package org.unionkg.server.ld;

import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * What the store says about one resource, as served at its IRI: an in-memory graph (a copy, usable
 * after the read transaction) and the resource it is about.
 *
 * @param resource  the IRI described
 * @param graph      its own triples, incoming links, the qualified nodes around it, labels, and the articles
 *                   that state them ({@code schema:subjectOf}); see {@link ResourceDescriber}. This is what
 *                   the RDF formats serve
 * @param vocabulary the labels of the properties used in {@code graph} (from the ontology graph), for the
 *                   HTML page's property names; not part of the RDF answers, which name properties by IRI
 * @param truncated  true when the resource has more incoming links than a page shows
 */
public record ResourceDescription(Node resource, Graph graph, Graph vocabulary, boolean truncated) {
    public ResourceDescription {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(vocabulary, "vocabulary");
    }
}
