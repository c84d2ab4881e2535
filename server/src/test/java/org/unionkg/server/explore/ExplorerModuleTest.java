package org.unionkg.server.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's files over HTTP: the page, its script, cytoscape.js from the webjar, and nothing else. */
class ExplorerModuleTest {

    @TempDir
    static Path dir;
    static FusekiServer server;
    static String base;

    /** No redirects followed: the test checks the redirect itself. */
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startServer() {
        server = ExplorerServer.start(dir);
        base = ExplorerServer.base(server);
    }

    @AfterAll
    static void stopServer() {
        if (server != null)
            server.stop();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void explorePathRedirectsToTheFolderSoRelativeLinksWork() throws Exception {
        HttpResponse<String> r = get("/explore");
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith("/explore/"),
                   r.headers().map().toString());
    }

    @Test
    void pageIsServedWithAPolicyThatAllowsOnlyThisServer() throws Exception {
        HttpResponse<String> r = get("/explore/");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(r.body().contains("<script src=\"lib/cytoscape.min.js\""), r.body());
        assertTrue(r.body().contains("data-endpoint=\"../unionkg/query\""), r.body());
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'") && csp.contains("connect-src 'self'"), csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void cytoscapeComesFromTheWebjar() throws Exception {
        HttpResponse<String> r = get("/explore/lib/cytoscape.min.js");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
        assertTrue(r.body().contains("cytoscape"), "not cytoscape.js");
        assertTrue(r.body().length() > 100_000, "cytoscape.min.js is ~430 kB, got " + r.body().length());
        assertTrue(ExplorerFiles.cytoscapeVersion().matches("\\d+\\.\\d+\\.\\d+"), ExplorerFiles.cytoscapeVersion());
    }

    @Test
    void scriptAndStyleAreServed() throws Exception {
        HttpResponse<String> js = get("/explore/explore.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.body().contains("function sparqlString"), "explore.js");
        HttpResponse<String> css = get("/explore/explore.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
    }

    @Test
    void nothingElseOnTheClasspathIsReachable() throws Exception {
        for (String path : new String[] {"/explore/ExplorerServlet.class", "/explore/../log4j2.xml",
                                         "/explore/%2e%2e/log4j2.xml", "/explore/lib/", "/explore/lib/package.json",
                                         "/explore/org/unionkg/server/explore/index.html"}) {
            int status = get(path).statusCode();
            assertTrue(status == 404 || status == 400, path + " answered " + status);
        }
    }
}
