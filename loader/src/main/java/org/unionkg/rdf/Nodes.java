package org.unionkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Short forms for the nodes every writer makes. */
public final class Nodes {
    private Nodes() {}

    public static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** A Chinese literal: every label and text from the newspaper is tagged {@code @zh}. */
    public static Node zh(String text) {
        return NodeFactory.createLiteralLang(text, "zh");
    }
}
