package org.unionkg.server.explore;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.unionkg.server.web.FixedFilesServlet;

/**
 * The explorer at {@code /explore}: a page that searches the graph, draws the result with
 * cytoscape.js, expands a node's neighbours, filters by type and district and lists events by date.
 * <p>
 * The page is static; everything it shows it asks of the read-only SPARQL endpoint
 * {@code /unionkg/query}, so the module only serves files (see {@link ExplorerFiles}). The
 * cytoscape.js it loads comes from the {@code org.webjars.npm:cytoscape} jar on the classpath,
 * never from a CDN: the page works on a machine without internet access, and its
 * Content-Security-Policy forbids scripts from anywhere but this server.
 */
public final class FMod_Explorer implements FusekiModule {

    /** Where the page lives; {@code /explore} redirects to {@code /explore/}. */
    public static final String PATH = "/explore";

    @Override
    public String name() {
        return "unionkg explorer";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        // "/explore/*" also matches "/explore" itself (servlet prefix mapping).
        builder.addServlet(PATH + "/*", new FixedFilesServlet(ExplorerFiles.fromClasspath(), ExplorerFiles.CONTENT_SECURITY_POLICY));
    }
}
