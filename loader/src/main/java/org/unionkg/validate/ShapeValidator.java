package org.unionkg.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.unionkg.store.ReferenceData;

/**
 * Checks the graph against {@code ontology/shapes.ttl} with Jena's SHACL engine.
 * The data graph is every named graph but the shapes' own, so {@code sh:targetClass} also reaches
 * instances of subclasses through the ontology's {@code rdfs:subClassOf}.
 */
public final class ShapeValidator {
    private final Shapes shapes;

    public ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The shipped shapes. */
    public static ShapeValidator standard() {
        DatasetGraph ref = ReferenceData.load();
        Graph g = GraphFactory.createDefaultGraph();
        ref.find(ReferenceData.SHAPES_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        if (g.isEmpty()) {
            throw new IllegalStateException("no SHACL shapes on the classpath (ontology/shapes.ttl)");
        }
        return new ShapeValidator(Shapes.parse(g));
    }

    public ValidationReport validate(DatasetGraph dataset) {
        Graph data = Txn.calculateRead(dataset, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.find().forEachRemaining(q -> {
                if (!ReferenceData.SHAPES_GRAPH.equals(q.getGraph())) {
                    copy.add(q.asTriple());
                }
            });
            return copy;
        });
        return ShaclValidator.get().validate(shapes, data);
    }
}
