package org.unionkg.server.explore;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves {@link ExplorerFiles} under {@code /explore/}: GET and HEAD only, 404 for any other name.
 * <p>
 * {@code /explore} redirects to {@code /explore/} so that the page's relative links
 * ({@code explore.js}, {@code ../unionkg/query}, {@code ../id/...}) resolve the same behind a proxy
 * that mounts the server under a prefix.
 */
final class ExplorerServlet extends HttpServlet {

    /**
     * Scripts, styles and queries only from this server: a page that shows text from newspapers
     * must not run anything else. cytoscape.js sets element styles from script, hence
     * 'unsafe-inline' for styles (no inline script is allowed).
     */
    static final String CONTENT_SECURITY_POLICY =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final transient ExplorerFiles files;

    ExplorerServlet(ExplorerFiles files) {
        this.files = files;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        Optional<ExplorerFiles.File> file = files.lookup(path.substring(1));
        if (file.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(file.get().contentType());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        // The files change with the server; ask again rather than run a stale page against new queries.
        resp.setHeader("Cache-Control", "no-cache");
        try (InputStream in = files.open(file.get())) {
            in.transferTo(resp.getOutputStream());
        }
    }
}
