package org.unionkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.unionkg.ontology.OntologyFiles;

/**
 * The ontology, SKOS schemes and reference places from {@code ontology/} as one named graph, and the SHACL
 * shapes as another. Installed with every load, so the store's copy always matches the code that wrote the data.
 */
public final class ReferenceData {
    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(OntologyFiles.GRAPH);
    public static final Node SHAPES_GRAPH = NodeFactory.createURI("https://w3id.org/unionkg/graph/shapes");

    private ReferenceData() {}

    /** Ontology, schemes and places in {@link #ONTOLOGY_GRAPH}; shapes in {@link #SHAPES_GRAPH}. */
    public static DatasetGraph load() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        add(dsg, ONTOLOGY_GRAPH, OntologyFiles.loadGraph().getGraph());
        add(dsg, SHAPES_GRAPH, OntologyFiles.load(OntologyFiles.SHAPES).getGraph());
        return dsg;
    }

    private static void add(DatasetGraph dsg, Node name, Graph g) {
        g.find().forEachRemaining(t -> dsg.add(Quad.create(name, t)));
    }

    /** Writes the reference graphs into the store, replacing what was there. */
    public static void install(GraphStore store) {
        DatasetGraph ref = load();
        store.replaceGraph(ONTOLOGY_GRAPH, ref.find(ONTOLOGY_GRAPH, Node.ANY, Node.ANY, Node.ANY));
        store.replaceGraph(SHAPES_GRAPH, ref.find(SHAPES_GRAPH, Node.ANY, Node.ANY, Node.ANY));
    }
}
