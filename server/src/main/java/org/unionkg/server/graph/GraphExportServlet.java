package org.unionkg.server.graph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.unionkg.graph.GraphFormat;
import org.unionkg.graph.GraphView;
import org.unionkg.graph.GraphViews;
import org.unionkg.query.CannedQuery;

/**
 * Answers {@code GET} (and form {@code POST}) requests for a graph view of one dataset:
 * <ul>
 * <li>{@code format}: {@code graphml}, {@code gexf} or {@code cyjs} (default {@code cyjs}, what a web page with
 *     cytoscape.js wants);</li>
 * <li>{@code view}: a shipped view ({@code union-tree}, {@code people-and-unions}, {@code events-by-district}), or</li>
 * <li>{@code query}: a SPARQL CONSTRUCT; anything else is refused with 400.</li>
 * </ul>
 * The query runs in a read transaction with the dataset's own {@code arq:queryTimeout} (its overall limit),
 * so it is no more than a query at {@code /unionkg/query} may do; a timeout answers 503. Errors are plain text.
 */
final class GraphExportServlet extends HttpServlet {
    /** When the dataset sets no timeout: the same ten seconds as fuseki-config/config.ttl. */
    static final long DEFAULT_TIMEOUT_MS = 10_000;

    private final transient DatasetGraph dataset;

    GraphExportServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String formatName = req.getParameter("format");
        String viewName = req.getParameter("view");
        String query = req.getParameter("query");
        GraphFormat format;
        CannedQuery view;
        try {
            format = GraphFormat.of(formatName == null ? "cyjs" : formatName);
            if (viewName != null && query != null)
                throw new IllegalArgumentException("give view or query, not both");
            // a view is looked up among the shipped ones only: never read as a file path from a request
            if (query != null)
                view = GraphViews.ofText("query", query);
            else if (viewName == null || GraphViews.names().contains(viewName))
                view = GraphViews.resolve(viewName == null ? GraphViews.DEFAULT_VIEW : viewName);
            else
                throw new IllegalArgumentException("no graph view '" + viewName + "'; views: " + String.join(", ", GraphViews.names()));
        } catch (IllegalArgumentException e) {
            error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        GraphView graph;
        try {
            graph = GraphViews.build(dataset, view, timeoutMillis());
        } catch (IllegalArgumentException e) {
            error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query timed out");
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        format.write(graph, body);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(format.mediaType() + "; charset=utf-8");
        resp.setHeader("Content-Disposition", "inline; filename=\"" + view.name() + "." + format.extension() + "\"");
        resp.setContentLength(body.size());
        body.writeTo(resp.getOutputStream());
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // an HTML form or fetch() with application/x-www-form-urlencoded: the same parameters, for long queries
        doGet(req, resp);
    }

    /** The overall limit of the dataset's {@code arq:queryTimeout} ("10000" or "first,overall"). */
    long timeoutMillis() {
        Object t = dataset.getContext().get(ARQ.queryTimeout);
        if (t == null)
            return DEFAULT_TIMEOUT_MS;
        if (t instanceof Number n)
            return n.longValue();
        String s = t.toString().trim();
        String overall = s.contains(",") ? s.substring(s.indexOf(',') + 1).trim() : s;
        try {
            long ms = Long.parseLong(overall);
            return ms > 0 ? ms : DEFAULT_TIMEOUT_MS;
        } catch (NumberFormatException e) {
            return DEFAULT_TIMEOUT_MS;
        }
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        byte[] b = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(b.length);
        resp.getOutputStream().write(b);
    }
}
