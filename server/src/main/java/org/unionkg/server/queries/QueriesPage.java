package org.unionkg.server.queries;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.unionkg.server.web.FixedFiles;
import org.unionkg.server.web.FixedFiles.File;

/** The canned-queries page's files under {@code /queries/}, and {@code list.json}, the {@link Catalogue}. */
final class QueriesPage {

    /**
     * Scripts, styles and requests only from this server, no inline script or style: the page shows
     * text from newspapers (in result rows) and must not run anything else.
     */
    static final String CONTENT_SECURITY_POLICY =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final String OWN = "org/unionkg/server/queries/";

    private QueriesPage() {}

    static FixedFiles files(Catalogue catalogue) {
        return new FixedFiles("canned-queries page file", Map.of(
            "index.html", File.resource(OWN + "index.html", "text/html; charset=utf-8"),
            "queries.js", File.resource(OWN + "queries.js", "text/javascript; charset=utf-8"),
            "queries.css", File.resource(OWN + "queries.css", "text/css; charset=utf-8"),
            "list.json", File.made(catalogue.toJson().getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8")));
    }
}
