package org.unionkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/** Test helpers: the project root, a small TDB2 store, and plain java.net.http calls. */
final class ServerFixture {

    private ServerFixture() {}

    static final String ARTICLE_01 = "https://w3id.org/unionkg/id/article/p-01";
    static final String HEADLINE_01 = "北京市人大常委会执法检查组对东城区开展工会法相关法律法规实施情况检查";

    /** Set by the parent pom's surefire configuration; {@code ..} when run from the module directory. */
    static Path projectRoot() {
        return Path.of(System.getProperty("unionkg.root", "..")).toAbsolutePath().normalize();
    }

    static Path readOnlyConfig() {
        return projectRoot().resolve("fuseki-config/config.ttl");
    }

    /** Load {@code store.trig} (beside this class) into a new TDB2 store in {@code dir}. */
    static Path loadStore(Path dir) {
        Path location = dir.resolve("tdb2");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location.toString());
        try (InputStream in = ServerFixture.class.getResourceAsStream("store.trig")) {
            if (in == null)
                throw new IllegalStateException("store.trig missing from the test resources");
            Txn.executeWrite(dsg, () -> RDFParser.source(in).lang(Lang.TRIG).parse(dsg));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return location;
    }

    // ---- HTTP

    private static final HttpClient HTTP = newClient();
    /** No timed assertions anywhere; this only stops a broken server from hanging the build. */
    private static final Duration REQUEST_LIMIT = Duration.ofSeconds(60);

    private static HttpClient newClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_LIMIT);
    }

    static HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        // Jetty may refuse a request (401, 405) without reading its body and then close the
        // connection; had the connection been pooled, the next request would fail on it.
        boolean hasBody = request.bodyPublisher().map(body -> body.contentLength() != 0).orElse(false);
        HttpClient client = hasBody ? newClient() : HTTP;
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(String url) {
        return send(request(url).GET());
    }

    /** SPARQL protocol, query via GET, JSON results. */
    static HttpResponse<String> queryGet(String endpoint, String sparql) {
        return send(request(endpoint + "?query=" + encode(sparql))
                        .header("Accept", "application/sparql-results+json").GET());
    }

    /** SPARQL protocol, query via POST directly ({@code application/sparql-query}), JSON results. */
    static HttpResponse<String> queryPost(String endpoint, String sparql) {
        return send(request(endpoint)
                        .header("Content-Type", "application/sparql-query; charset=utf-8")
                        .header("Accept", "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString(sparql, StandardCharsets.UTF_8)));
    }

    /** SPARQL protocol, update via POST directly ({@code application/sparql-update}). */
    static HttpRequest.Builder updatePost(String endpoint, String sparqlUpdate) {
        return request(endpoint)
            .header("Content-Type", "application/sparql-update; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(sparqlUpdate, StandardCharsets.UTF_8));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
