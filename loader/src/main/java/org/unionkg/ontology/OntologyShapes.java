package org.unionkg.ontology;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/**
 * The SHACL shapes of {@code ontology/shapes.ttl}, and validation of data against them.
 *
 * <p>Data is validated together with the ontology graph ({@link OntologyFiles#loadGraph()}): {@code sh:class}
 * follows {@code rdfs:subClassOf} in the data graph (a {@code ukg:District} is a {@code ukg:Place}), and
 * scheme membership and reference places live in the ontology graph. Article graphs alone would fail.
 *
 * <p>Immutable once built; {@link #validate(Graph)} only reads the shapes and the ontology graph, so one
 * instance can serve several threads as long as nobody changes the graphs passed in while it runs.
 */
public final class OntologyShapes {
    private final Shapes shapes;
    private final Graph ontology;

    private OntologyShapes(Shapes shapes, Graph ontology) {
        this.shapes = shapes;
        this.ontology = ontology;
    }

    /** Reads the shapes and the ontology graph from the classpath. */
    public static OntologyShapes load() {
        Shapes shapes = Shapes.parse(OntologyFiles.load(OntologyFiles.SHAPES).getGraph());
        return new OntologyShapes(shapes, OntologyFiles.loadGraph().getGraph());
    }

    public Shapes shapes() {
        return shapes;
    }

    /** Validates {@code data} joined with the ontology graph; {@code data} is not changed. */
    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, new Union(data, ontology));
    }
}
