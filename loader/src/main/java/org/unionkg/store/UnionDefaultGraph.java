package org.unionkg.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * An in-memory dataset seen as the store serves it: the default graph is the union of the named graphs
 * (TDB2 does this with {@code tdb2:unionDefaultGraph}; ARQ's in-memory datasets have no such switch).
 * Lets canned queries run unchanged on a dataset built in a test or by {@code evaluate}.
 */
public final class UnionDefaultGraph {

    private UnionDefaultGraph() {}

    /**
     * A view whose default graph is the live union of {@code dsg}'s named graphs and whose named graphs are
     * {@code dsg}'s (those present now: graphs added later to {@code dsg} are not listed by name).
     */
    public static DatasetGraph of(DatasetGraph dsg) {
        DatasetGraph view = DatasetGraphFactory.createGeneral(dsg.getUnionGraph());
        dsg.listGraphNodes().forEachRemaining(g -> view.addGraph(g, dsg.getGraph(g)));
        return view;
    }
}
