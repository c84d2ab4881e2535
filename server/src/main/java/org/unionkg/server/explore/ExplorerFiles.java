package org.unionkg.server.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The explorer's files: a fixed table from a name under {@code /explore/} to a classpath resource.
 * <p>
 * A table rather than a folder lookup: nothing but these files can be asked for, so no path
 * (with {@code ..}, encoded slashes or anything else) reaches other classpath resources.
 */
final class ExplorerFiles {

    /** One servable file. */
    record File(String resource, String contentType) {}

    /** The page's own files, beside this class in the resources. */
    private static final String OWN = "org/unionkg/server/explore/";
    /** The cytoscape.js webjar (org.webjars.npm:cytoscape) keeps its files under here. */
    private static final String WEBJAR = "META-INF/resources/webjars/cytoscape/";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";

    private final Map<String, File> files;

    private ExplorerFiles(Map<String, File> files) {
        this.files = files;
    }

    /** The files as the server's classpath holds them; fails if the webjar is missing. */
    static ExplorerFiles fromClasspath() {
        String lib = WEBJAR + cytoscapeVersion() + "/";
        return new ExplorerFiles(Map.of(
            "index.html", new File(OWN + "index.html", "text/html; charset=utf-8"),
            "explore.js", new File(OWN + "explore.js", "text/javascript; charset=utf-8"),
            "explore.css", new File(OWN + "explore.css", "text/css; charset=utf-8"),
            "lib/cytoscape.min.js", new File(lib + "dist/cytoscape.min.js", "text/javascript; charset=utf-8"),
            "lib/cytoscape-LICENSE.txt", new File(lib + "LICENSE", "text/plain; charset=utf-8")));
    }

    /** The file for a name under {@code /explore/} ({@code ""} is the page itself). */
    Optional<File> lookup(String name) {
        return Optional.ofNullable(files.get(name.isEmpty() ? "index.html" : name));
    }

    /** Open a file's bytes. */
    InputStream open(File file) {
        InputStream in = loader().getResourceAsStream(file.resource());
        if (in == null)
            throw new IllegalStateException("explorer file missing from the classpath: " + file.resource());
        return in;
    }

    /** The webjar's version, from its Maven metadata, so that the pom alone chooses it. */
    static String cytoscapeVersion() {
        try (InputStream in = loader().getResourceAsStream(WEBJAR_POM)) {
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

    private static ClassLoader loader() {
        return ExplorerFiles.class.getClassLoader();
    }
}
