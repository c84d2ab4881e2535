package org.unionkg.server.queries;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page's files under {@code /queries/}, from a fixed table (no other classpath resource can be asked
 * for), and {@code list.json}, the {@link Catalogue}. GET and HEAD only; 404 for any other name.
 */
final class PageServlet extends HttpServlet {

    /**
     * Scripts, styles and requests only from this server, no inline script or style: the page shows
     * text from newspapers (in result rows) and must not run anything else.
     */
    static final String CONTENT_SECURITY_POLICY =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final String OWN = "org/unionkg/server/queries/";

    private record File(String resource, String contentType) {}

    private static final Map<String, File> FILES = Map.of(
        "index.html", new File(OWN + "index.html", "text/html; charset=utf-8"),
        "queries.js", new File(OWN + "queries.js", "text/javascript; charset=utf-8"),
        "queries.css", new File(OWN + "queries.css", "text/css; charset=utf-8"));

    private final transient byte[] listJson;

    PageServlet(Catalogue catalogue) {
        this.listJson = catalogue.toJson().getBytes(StandardCharsets.UTF_8);
    }

    /** The headers every answer under {@code /queries/} carries. */
    static void secure(HttpServletResponse resp) {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            // relative links (queries.js, run, ../id/, ../#/dataset/...) resolve from /queries/
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        String name = path.substring(1);
        secure(resp);
        resp.setHeader("Cache-Control", "no-cache");
        if (name.equals("list.json")) {
            resp.setContentType("application/json; charset=utf-8");
            resp.getOutputStream().write(listJson);
            return;
        }
        File file = FILES.get(name.isEmpty() ? "index.html" : name);
        if (file == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = PageServlet.class.getClassLoader().getResourceAsStream(file.resource())) {
            if (in == null)
                throw new IllegalStateException("canned-queries page file missing from the classpath: " + file.resource());
            resp.setContentType(file.contentType());
            in.transferTo(resp.getOutputStream());
        }
    }
}
