package org.unionkg.server.ld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/** The linked-data test store ({@code ld-store.trig}), its IRIs, and plain java.net.http calls. */
final class LdFixture {

    private LdFixture() {}

    static final String ID = "https://w3id.org/unionkg/id/";
    static final Node UNION = iri("org/chao-yang-qu-zong-gong-hui");
    static final Node PARENT = iri("org/bei-jing-shi-zong-gong-hui");
    static final Node CHILD = iri("org/dong-hu-jie-dao-zong-gong-hui");
    static final Node SCRIPT_CHILD = iri("org/script-test");
    static final Node PERSON = iri("person/zhang-san");
    static final Node POST = iri("post/zhang-san--chao-yang-qu-zong-gong-hui");
    static final Node AWARD = iri("award/zhang-san--bei-jing-da-gong-jiang");
    static final Node EVENT = iri("event/t-01-1");
    static final Node PLACE = iri("place/chao-yang-qu");
    static final Node ARTICLE_1 = iri("article/t-01");
    static final Node ARTICLE_2 = iri("article/t-02");
    static final String SCRIPT_LABEL = "坏标签<script>alert(1)</script>";

    static Node iri(String local) {
        return NodeFactory.createURI(ID + local);
    }

    static Node zh(String text) {
        return NodeFactory.createLiteralLang(text, "zh");
    }

    /** The store in memory. */
    static DatasetGraph inMemory() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> parseInto(dsg));
        return dsg;
    }

    /** The store in a new TDB2 folder under {@code dir}. */
    static Path tdb2(Path dir) {
        Path location = dir.resolve("tdb2");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location.toString());
        Txn.executeWrite(dsg, () -> parseInto(dsg));
        return location;
    }

    private static void parseInto(DatasetGraph dsg) {
        try (InputStream in = LdFixture.class.getResourceAsStream("ld-store.trig")) {
            if (in == null)
                throw new IllegalStateException("ld-store.trig missing from the test resources");
            RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path projectRoot() {
        return Path.of(System.getProperty("unionkg.root", "..")).toAbsolutePath().normalize();
    }

    // ---- HTTP

    /** Never follows redirects: the tests look at the 303 itself. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                                                     .followRedirects(HttpClient.Redirect.NEVER).build();
    /** Follows the 303 as a linked-data client does. */
    private static final HttpClient FOLLOWING = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                                                          .followRedirects(HttpClient.Redirect.NORMAL).build();

    static HttpRequest.Builder request(String url) {
        // no timed assertions; the limit only stops a broken server from hanging the build
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    }

    static HttpResponse<String> send(HttpRequest.Builder b) {
        return send(HTTP, b);
    }

    static HttpResponse<String> follow(HttpRequest.Builder b) {
        return send(FOLLOWING, b);
    }

    static HttpResponse<byte[]> sendBytes(HttpRequest.Builder b) {
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder b) {
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }
}
