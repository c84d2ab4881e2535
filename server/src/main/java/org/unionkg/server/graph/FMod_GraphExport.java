package org.unionkg.server.graph;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Graph exports over HTTP: {@code GET <dataset>/graph?format=graphml|gexf|cyjs&view=NAME} (a shipped view,
 * {@code union-tree} by default) or {@code &query=CONSTRUCT…} (any CONSTRUCT, run read-only under the dataset's
 * query timeout), for every dataset the server has, e.g. {@code /unionkg/graph?format=gexf&view=union-tree}.
 * See {@link GraphExportServlet}.
 */
public final class FMod_GraphExport implements FusekiModule {

    /** The path under each dataset. */
    public static final String PATH = "graph";

    @Override
    public String name() {
        return "unionkg graph export";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        for (String name : datasetNames) {
            DatasetGraph dsg = builder.getDataset(name);
            if (dsg != null)
                builder.addServlet(name + "/" + PATH, new GraphExportServlet(dsg));
        }
    }
}
