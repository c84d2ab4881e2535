package org.unionkg.server.queries;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionkg.query.CannedQueries;
import org.unionkg.server.web.FixedFilesServlet;

/**
 * The canned queries page at {@code /queries/}: every query of {@code queries/} with its title, question,
 * parameters and SPARQL text, a form per query, and the answer as a table.
 * <pre>
 * /queries/                 the page (index.html, queries.js, queries.css)
 * /queries/list.json        the canned queries, as the page reads them
 * /queries/run?name=Q&amp;p=v   run canned query Q with parameter p bound to v; SPARQL JSON results
 * /queries/text?name=Q&amp;p=v  the text of Q with p bound to v (or to its example), for the Fuseki UI link
 * </pre>
 * Why a page of our own: the Fuseki UI (jena-fuseki-ui 5.6.0) has two built-in example queries and no way
 * to add others, but its query page takes a query in its URL
 * ({@code /#/dataset/unionkg/query?query=...}), so each query here also links to it there.
 * <p>
 * Parameters are bound on the server by {@link org.unionkg.query.QueryRunner} as RDF terms, as the
 * command line's {@code --param} does; the page never builds query text (the UI link's text, with the
 * parameters bound, comes from {@link TextServlet}). The queries are read once from
 * the classpath when the server starts.
 */
public final class FMod_CannedQueries implements FusekiModule {

    /** Where the page lives; {@code /queries} redirects to {@code /queries/}. */
    public static final String PATH = "/queries";
    /** The dataset the queries run on when the server has it; else the server's only dataset. */
    public static final String DATASET = "/unionkg";

    private static final Logger LOG = LoggerFactory.getLogger(FMod_CannedQueries.class);

    @Override
    public String name() {
        return "unionkg canned queries";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        String dataset = DATASET;
        if (!datasetNames.contains(dataset)) {
            if (datasetNames.size() != 1) {
                LOG.warn("no dataset {} to run the canned queries on (datasets: {}); {} is not served",
                         DATASET, datasetNames, PATH);
                return;
            }
            dataset = datasetNames.iterator().next();
        }
        Catalogue catalogue = Catalogue.of(CannedQueries.all(), DataAccessPoint.canonical(dataset));
        // The exact mapping wins over the prefix mapping; "/queries/*" also matches "/queries".
        builder.addServlet(PATH + "/run", new RunServlet(catalogue))
               .addServlet(PATH + "/text", new TextServlet(catalogue))
               .addServlet(PATH + "/*", new FixedFilesServlet(QueriesPage.files(catalogue), QueriesPage.CONTENT_SECURITY_POLICY));
    }
}
