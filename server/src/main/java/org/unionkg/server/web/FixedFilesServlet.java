package org.unionkg.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves a {@link FixedFiles} table under a page's path (the explorer's {@code /explore/}, the canned queries'
 * {@code /queries/}): GET and HEAD only, 404 for any other name, and the page's Content-Security-Policy on
 * every answer.
 * <p>
 * The bare path ({@code /explore}) redirects to {@code /explore/}, so that the page's relative links
 * ({@code explore.js}, {@code ../unionkg/query}, {@code ../id/...}) resolve the same behind a proxy that mounts
 * the server under a prefix.
 */
public final class FixedFilesServlet extends HttpServlet {

    private final transient FixedFiles files;
    private final String contentSecurityPolicy;

    public FixedFilesServlet(FixedFiles files, String contentSecurityPolicy) {
        this.files = files;
        this.contentSecurityPolicy = contentSecurityPolicy;
    }

    /** The headers every answer of a page carries, its files and its other servlets' alike. */
    public static void secure(HttpServletResponse resp, String contentSecurityPolicy) {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", contentSecurityPolicy);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        secure(resp, contentSecurityPolicy);
        Optional<FixedFiles.File> file = files.lookup(path.substring(1));
        if (file.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // The files change with the server; ask again rather than run a stale page against new queries.
        resp.setHeader("Cache-Control", "no-cache");
        try (InputStream in = files.open(file.get())) {
            resp.setContentType(file.get().contentType());
            in.transferTo(resp.getOutputStream());
        }
    }
}
