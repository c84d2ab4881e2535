package org.unionkg.server;

import java.util.List;

import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.unionkg.server.explore.FMod_Explorer;
import org.unionkg.server.graph.FMod_GraphExport;
import org.unionkg.server.ld.FMod_LinkedData;
import org.unionkg.server.limits.FMod_ResultLimit;
import org.unionkg.server.queries.FMod_CannedQueries;
import org.unionkg.server.ui.FMod_ReadOnlyUI;

/**
 * unionkg's own Fuseki modules: the one place where server extensions are wired in.
 * <p>
 * The list is given to the server builder explicitly ({@code .fusekiModules(...)}), which
 * replaces Fuseki's ServiceLoader-discovered modules: what the server runs is what is listed
 * here, whatever else is on the classpath. Linked-data pages and exports will be added here,
 * each a {@link FusekiModule} of its own package (see shared/STYLE.md 8.6).
 */
public final class UnionKgModules {

    private UnionKgModules() {}

    /** The modules, in the order Fuseki calls them. */
    public static List<FusekiModule> list() {
        return List.of(
            new FMod_ReadOnlyUI(),      // the Fuseki UI, without dataset administration
            new FMod_ResultLimit(),     // SPARQL queries refused over the result-size limit
            new FMod_Explorer(),        // /explore: search, graph, timeline
            new FMod_LinkedData(),      // /id/ dereferencing, /.well-known/void, /dump/
            new FMod_GraphExport(),     // <dataset>/graph: GraphML, GEXF, Cytoscape.js exports
            new FMod_CannedQueries());  // /queries/: the canned queries, with forms and result tables
    }

    /** {@link #list()} as the builder takes it. */
    public static FusekiModules create() {
        return FusekiModules.create(list());
    }
}
