package org.unionkg.server.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

import org.unionkg.server.web.FixedFiles;
import org.unionkg.server.web.FixedFiles.File;

/** The explorer's files under {@code /explore/}: its own page and the cytoscape.js webjar's script. */
final class ExplorerFiles {

    /**
     * Scripts, styles and queries only from this server: a page that shows text from newspapers
     * must not run anything else. cytoscape.js sets element styles from script, hence
     * 'unsafe-inline' for styles (no inline script is allowed).
     */
    static final String CONTENT_SECURITY_POLICY =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The page's own files, beside this class in the resources. */
    private static final String OWN = "org/unionkg/server/explore/";
    /** The cytoscape.js webjar (org.webjars.npm:cytoscape) keeps its files under here. */
    private static final String WEBJAR = "META-INF/resources/webjars/cytoscape/";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";

    private ExplorerFiles() {}

    /** The files as the server's classpath holds them; fails if the webjar is missing. */
    static FixedFiles fromClasspath() {
        String lib = WEBJAR + cytoscapeVersion() + "/";
        return new FixedFiles("explorer file", Map.of(
            "index.html", File.resource(OWN + "index.html", "text/html; charset=utf-8"),
            "explore.js", File.resource(OWN + "explore.js", "text/javascript; charset=utf-8"),
            "explore.css", File.resource(OWN + "explore.css", "text/css; charset=utf-8"),
            "lib/cytoscape.min.js", File.resource(lib + "dist/cytoscape.min.js", "text/javascript; charset=utf-8"),
            "lib/cytoscape-LICENSE.txt", File.resource(lib + "LICENSE", "text/plain; charset=utf-8")));
    }

    /** The webjar's version, from its Maven metadata, so that the pom alone chooses it. */
    static String cytoscapeVersion() {
        try (InputStream in = ExplorerFiles.class.getClassLoader().getResourceAsStream(WEBJAR_POM)) {
            if (in == null)
                throw new IllegalStateException("cytoscape.js is not on the classpath (org.webjars.npm:cytoscape)");
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("version");
            if (version == null || version.isBlank())
                throw new IllegalStateException(WEBJAR_POM + " names no version");
            return version.trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
