package org.unionkg.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.unionkg.ontology.OntologyShapes;
import org.unionkg.store.ReferenceData;

/**
 * Checks a store's pages against {@code ontology/shapes.ttl} with Jena's SHACL engine. The data graph is
 * every page and article graph, read in one transaction; {@link OntologyShapes} joins the ontology to it so
 * {@code sh:targetClass} reaches instances of subclasses and scheme members resolve.
 */
public final class ShapeValidator {
    private final OntologyShapes shapes;

    public ShapeValidator(OntologyShapes shapes) {
        this.shapes = shapes;
    }

    /** The shipped shapes. */
    public static ShapeValidator standard() {
        return new ShapeValidator(OntologyShapes.load());
    }

    public ValidationReport validate(DatasetGraph dataset) {
        Graph data = Txn.calculateRead(dataset, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.find().forEachRemaining(q -> {
                if (!ReferenceData.SHAPES_GRAPH.equals(q.getGraph()) && !ReferenceData.ONTOLOGY_GRAPH.equals(q.getGraph())) {
                    copy.add(q.asTriple());
                }
            });
            return copy;
        });
        return shapes.validate(data);
    }
}
