package org.unionkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.unionkg.resources.ClasspathFolder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The ontology, SKOS schemes and reference places from {@code ontology/} (on the classpath under
 * {@code org/unionkg/ontology/}), as one named graph. Loaded with every load, so the store's copy
 * always matches the code that wrote the data. SHACL shapes go in a graph of their own.
 */
public final class ReferenceData {
    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI("https://w3id.org/unionkg/graph/ontology");
    public static final Node SHAPES_GRAPH = NodeFactory.createURI("https://w3id.org/unionkg/graph/shapes");
    private static final ClasspathFolder FOLDER = new ClasspathFolder("org/unionkg/ontology/");

    private ReferenceData() {}

    /** The Turtle files of the ontology folder, by path relative to it, in name order. */
    public static List<String> turtleFiles() {
        return FOLDER.list(".ttl");
    }

    /** Ontology, schemes and places in {@link #ONTOLOGY_GRAPH}; shapes in {@link #SHAPES_GRAPH}. */
    public static DatasetGraph load() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        for (String file : turtleFiles()) {
            Node graph = file.equals("shapes.ttl") ? SHAPES_GRAPH : ONTOLOGY_GRAPH;
            org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            try (InputStream in = FOLDER.open(file)) {
                RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/unionkg/").parse(g);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            g.find().forEachRemaining(t -> dsg.add(Quad.create(graph, t)));
        }
        return dsg;
    }

    /** Writes the reference graphs into the store, replacing what was there. */
    public static void install(GraphStore store) {
        DatasetGraph ref = load();
        store.replaceGraph(ONTOLOGY_GRAPH, ref.find(ONTOLOGY_GRAPH, Node.ANY, Node.ANY, Node.ANY));
        store.replaceGraph(SHAPES_GRAPH, ref.find(SHAPES_GRAPH, Node.ANY, Node.ANY, Node.ANY));
    }
}
