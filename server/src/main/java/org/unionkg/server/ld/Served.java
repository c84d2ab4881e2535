package org.unionkg.server.ld;

import java.util.List;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What the servlets need from the running Fuseki server, looked up per request in the server's
 * {@link DataAccessPointRegistry} (the same registry Fuseki's own endpoints use), so they always see the
 * dataset Fuseki serves, and the URLs as the client addressed the server.
 */
final class Served {

    private Served() {}

    /** The dataset named {@code name} ({@code /unionkg}). */
    static DatasetGraph dataset(ServletContext context, String name) {
        return dataService(context, name).getDataset();
    }

    /** The dataset's first SPARQL query endpoint, as an absolute URL, or null when it has none. */
    static String sparqlEndpoint(HttpServletRequest req, String name) {
        List<Endpoint> eps = dataService(req.getServletContext(), name).getEndpoints(Operation.Query);
        return eps.stream().map(Endpoint::getName).filter(n -> !n.isEmpty()).sorted().findFirst()
                  .map(n -> serverBase(req) + name + "/" + n).orElse(null);
    }

    /** {@code http://host:port} (and the context path) as the client addressed this server. */
    static String serverBase(HttpServletRequest req) {
        StringBuffer url = req.getRequestURL();
        return url.substring(0, url.length() - req.getRequestURI().length()) + req.getContextPath();
    }

    private static DataService dataService(ServletContext context, String name) {
        DataAccessPoint dap = DataAccessPointRegistry.get(context).get(name);
        if (dap == null)
            throw new IllegalStateException("no dataset " + name + " on this server");
        return dap.getDataService();
    }
}
