package org.unionkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionkg.server.ServerFixture.ARTICLE_01;
import static org.unionkg.server.ServerFixture.HEADLINE_01;
import static org.unionkg.server.ServerFixture.encode;
import static org.unionkg.server.ServerFixture.get;
import static org.unionkg.server.ServerFixture.queryGet;
import static org.unionkg.server.ServerFixture.queryPost;
import static org.unionkg.server.ServerFixture.request;
import static org.unionkg.server.ServerFixture.send;
import static org.unionkg.server.ServerFixture.updatePost;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-only server of {@code fuseki-config/config.ttl}, checked over HTTP. */
class UnionKgServerTest {

    @TempDir
    static Path dir;
    static Path db;
    static FusekiServer server;
    static String base;         // http://localhost:PORT
    static String query;        // .../unionkg/query

    /** The quads of store.trig. */
    static final int QUADS = 16;

    @BeforeAll
    static void startServer() {
        db = ServerFixture.loadStore(dir);
        server = UnionKgServer.start(ServerSettings.readOnly(db, 0, ServerFixture.readOnlyConfig(), true));
        base = "http://localhost:" + server.getPort();
        query = base + "/unionkg/query";
    }

    @AfterAll
    static void stopServer() {
        if (server != null)
            server.stop();
    }

    // ---- Queries

    @Test
    void portZeroGivesARealPort() {
        assertTrue(server.getPort() > 0, "port " + server.getPort());
    }

    @Test
    void selectOverTheUnionDefaultGraphByGet() {
        String q = "PREFIX schema: <https://schema.org/> SELECT ?h { <" + ARTICLE_01 + "> schema:headline ?h }";
        for (String endpoint : List.of(query, base + "/unionkg/sparql")) {
            HttpResponse<String> r = queryGet(endpoint, q);
            assertEquals(200, r.statusCode(), endpoint + ": " + r.body());
            List<QuerySolution> rows = rows(r);
            assertEquals(1, rows.size(), r.body());
            Literal headline = rows.get(0).getLiteral("h");
            assertEquals(HEADLINE_01, headline.getLexicalForm());
            assertEquals("zh", headline.getLanguage());
        }
    }

    @Test
    void chineseTextSurvivesPostBothWays() {
        // The Chinese literal goes in the request body and the matching headline comes back.
        String q = "PREFIX schema: <https://schema.org/> SELECT ?a ?h { ?a schema:headline ?h FILTER(CONTAINS(?h, \"工会法\")) }";
        List<HttpResponse<String>> answers = List.of(
            queryPost(query, q),
            send(request(query)
                     .header("Content-Type", "application/x-www-form-urlencoded")   // the UI's way
                     .header("Accept", "application/sparql-results+json")
                     .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(q)))),
            queryGet(query, q));
        for (HttpResponse<String> r : answers) {
            assertEquals(200, r.statusCode(), r.body());
            List<QuerySolution> rows = rows(r);
            assertEquals(1, rows.size(), r.body());
            assertEquals(ARTICLE_01, rows.get(0).getResource("a").getURI());
            assertEquals(HEADLINE_01, rows.get(0).getLiteral("h").getLexicalForm());
        }
    }

    @Test
    void defaultGraphIsTheUnionAndNamedGraphsStayAddressable() {
        // Both articles match without GRAPH: the default graph is the union of the named graphs.
        HttpResponse<String> union = queryGet(query,
            "PREFIX schema: <https://schema.org/> SELECT ?a { ?a a schema:NewsArticle } ORDER BY ?a");
        assertEquals(List.of(ARTICLE_01, "https://w3id.org/unionkg/id/article/p-02"),
                     rows(union).stream().map(s -> s.getResource("a").getURI()).toList());
        // The headline's provenance: the article's own graph.
        HttpResponse<String> graph = queryGet(query,
            "PREFIX schema: <https://schema.org/> SELECT ?g { GRAPH ?g { <" + ARTICLE_01 + "> schema:headline ?h } }");
        assertEquals(List.of(ARTICLE_01), rows(graph).stream().map(s -> s.getResource("g").getURI()).toList());
    }

    @Test
    void graphStoreReadsOneArticle() {
        for (String url : List.of(base + "/unionkg?graph=" + encode(ARTICLE_01),
                                  base + "/unionkg/get?graph=" + encode(ARTICLE_01))) {
            HttpResponse<String> r = send(request(url).header("Accept", "text/turtle").GET());
            assertEquals(200, r.statusCode(), url + ": " + r.body());
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
            assertTrue(m.contains(m.createResource(ARTICLE_01), SchemaDO.headline, m.createLiteral(HEADLINE_01, "zh")),
                       r.body());
            assertFalse(m.contains(null, SchemaDO.headline, m.createLiteral("朝阳工匠评选活动启动", "zh")),
                        "another article's graph leaked in: " + r.body());
        }
    }

    @Test
    void theDatasetUrlDumpsEveryNamedGraph() {
        HttpResponse<String> r = send(request(base + "/unionkg").header("Accept", "application/n-quads").GET());
        assertEquals(200, r.statusCode(), r.body());
        DatasetGraph dump = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(r.body(), Lang.NQUADS).parse(dump);
        assertEquals(QUADS, Iter.count(dump.find()));
        assertTrue(dump.contains(NodeFactory.createURI(ARTICLE_01), NodeFactory.createURI(ARTICLE_01),
                                 SchemaDO.headline.asNode(), NodeFactory.createLiteralLang(HEADLINE_01, "zh")));
        assertTrue(dump.getDefaultGraph().isEmpty(), "nothing belongs in the real default graph");
    }

    // ---- Writes are refused

    @Test
    void updateIsRefusedEverywhere() {
        String insert = "INSERT DATA { GRAPH <" + ARTICLE_01 + "> { <urn:x:s> <urn:x:p> \"写入\" } }";
        // A query endpoint does not parse SPARQL Update: 400 Bad Request.
        assertEquals(400, send(request(query + "?query=" + encode(insert)).GET()).statusCode());
        assertEquals(400, queryPost(query, insert).statusCode());
        // SPARQL Update content sent to the query endpoint, or to the dataset: no update operation there.
        assertRefused(send(updatePost(query, insert)));
        assertRefused(send(updatePost(base + "/unionkg", insert)));
        // There is no update endpoint at all.
        int status = send(updatePost(base + "/unionkg/update", insert)).statusCode();
        assertTrue(status == 404 || status == 405, "POST /unionkg/update answered " + status);
        assertEquals(QUADS, quadCount());
    }

    @Test
    void graphStoreWritesAreRefused() {
        String turtle = "<urn:x:s> <urn:x:p> \"写入\" .";
        for (String url : List.of(base + "/unionkg?graph=" + encode(ARTICLE_01),
                                  base + "/unionkg/get?graph=" + encode(ARTICLE_01),
                                  base + "/unionkg?default",
                                  base + "/unionkg/get?default")) {
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString(turtle, StandardCharsets.UTF_8);
            assertRefused(send(request(url).header("Content-Type", "text/turtle").PUT(body)));
            assertRefused(send(request(url).header("Content-Type", "text/turtle").POST(body)));
            assertRefused(send(request(url).DELETE()));
        }
        assertEquals(QUADS, quadCount());
    }

    @Test
    void datasetsCannotBeAddedOverHttp() {
        HttpResponse<String> r = send(request(base + "/$/datasets?dbName=intruder&dbType=mem")
                                          .header("Content-Type", "application/x-www-form-urlencoded")
                                          .POST(HttpRequest.BodyPublishers.ofString("dbName=intruder&dbType=mem")));
        assertTrue(r.statusCode() == 404 || r.statusCode() == 405, "POST /$/datasets answered " + r.statusCode());
        assertEquals(404, get(base + "/$/datasets").statusCode());
        assertEquals(List.of("/unionkg"), datasetNames());
        assertEquals(404, send(request(base + "/intruder/query?query=" + encode("ASK {}")).GET()).statusCode());
    }

    // ---- The UI and the server description it reads

    @Test
    void uiIsServedFromTheJar() {
        HttpResponse<String> index = get(base + "/");
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(index.body().contains("<title>Apache Jena Fuseki UI</title>"), index.body());
        // The Vue app itself, as the page references it.
        Matcher script = Pattern.compile("src=\"\\./(static/index-[^\"]+\\.js)\"").matcher(index.body());
        assertTrue(script.find(), index.body());
        HttpResponse<String> js = get(base + "/" + script.group(1));
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").contains("javascript"));
    }

    @Test
    void serverDescriptionListsTheDatasetAsTheUiNeedsIt() {
        HttpResponse<String> r = get(base + "/$/server");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject dataset = JSON.parse(r.body()).get("datasets").getAsArray().get(0).getAsObject();
        assertEquals("/unionkg", dataset.getString("ds.name"));
        assertTrue(dataset.get("ds.state").getAsBoolean().value());
        // The UI's query page posts to /<dataset>/<first endpoint of the "query" service>.
        List<String> queryEndpoints = endpoints(dataset, "query");
        assertFalse(queryEndpoints.isEmpty(), r.body());
        assertTrue(List.of("query", "sparql").containsAll(queryEndpoints), r.body());
        assertEquals(List.of(), endpoints(dataset, "update"));
        assertEquals(List.of(), endpoints(dataset, "gsp-rw"));
        assertEquals(List.of(), endpoints(dataset, "upload"));
        // The UI's connection light and dataset page.
        assertEquals(200, get(base + "/$/ping").statusCode());
        HttpResponse<String> stats = get(base + "/$/stats/unionkg");
        assertEquals(200, stats.statusCode());
        assertTrue(stats.body().contains("/unionkg"), stats.body());
    }

    // ---- CORS

    @Test
    void browsersMayQueryFromOtherOrigins() {
        for (String method : List.of("GET", "POST")) {
            HttpResponse<String> preflight = preflight(method, "content-type");
            assertEquals(200, preflight.statusCode(), method);
            assertEquals("http://analyst.example", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            String allowed = preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("");
            assertTrue(allowed.contains(method), allowed);
            // No credentials: a page elsewhere cannot ride on a browser's stored login.
            assertNull(preflight.headers().firstValue("Access-Control-Allow-Credentials").orElse(null));
        }
        HttpResponse<String> actual = send(request(query + "?query=" + encode("ASK {}"))
                                               .header("Origin", "http://analyst.example").GET());
        assertEquals(200, actual.statusCode());
        assertEquals("http://analyst.example", actual.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void browsersMayNotPreflightWritesOrLogins() {
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            HttpResponse<String> preflight = preflight(method, "content-type");
            assertNull(preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                       method + " " + preflight.headers().map());
        }
        HttpResponse<String> login = preflight("POST", "authorization");
        assertNull(login.headers().firstValue("Access-Control-Allow-Origin").orElse(null), login.headers().map().toString());
    }

    // ---- describe() and the settings

    @Test
    void describeGivesTheRealUrls() {
        String text = UnionKgServer.describe(server);
        assertTrue(text.contains(base + "/\n"), text);
        assertTrue(text.contains(base + "/unionkg/query"), text);
        assertTrue(text.contains(base + "/unionkg/sparql"), text);
        assertTrue(text.contains(base + "/unionkg/get"), text);
        assertTrue(text.contains("curl -G " + base + "/unionkg/"), text);
        assertFalse(text.contains("Update"), text);
    }

    @Test
    void theStoreGivenReplacesTheConfiguredLocation() {
        Model config = UnionKgServer.readConfig(ServerSettings.readOnly(db, 0, ServerFixture.readOnlyConfig(), true));
        List<String> locations = config.listObjectsOfProperty(VocabTDB2.pLocation).mapWith(n -> n.asLiteral().getString()).toList();
        assertEquals(List.of(db.toAbsolutePath().toString()), locations);
    }

    @Test
    void aMissingStoreIsAnErrorNotANewEmptyStore() {
        Path nowhere = dir.resolve("no-such-store");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> UnionKgServer.start(ServerSettings.readOnly(nowhere, 0, ServerFixture.readOnlyConfig(), true)));
        assertTrue(e.getMessage().contains("no-such-store"), e.getMessage());
        assertFalse(nowhere.toFile().exists());
    }

    @Test
    void restrictedEndpointsNeedAPasswordFile() {
        Path config = ServerFixture.projectRoot().resolve("fuseki-config/config-update.ttl");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> UnionKgServer.start(ServerSettings.readOnly(db, 0, config, true)));
        assertTrue(e.getMessage().contains("password file"), e.getMessage());
    }

    // ---- helpers

    static HttpResponse<String> preflight(String method, String headers) {
        return send(request(query)
                        .header("Origin", "http://analyst.example")
                        .header("Access-Control-Request-Method", method)
                        .header("Access-Control-Request-Headers", headers)
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    static void assertRefused(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500,
                   r.request().method() + " " + r.uri() + " answered " + r.statusCode() + ": " + r.body());
    }

    static int quadCount() {
        HttpResponse<String> r = queryGet(query, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(200, r.statusCode(), r.body());
        return rows(r).get(0).getLiteral("n").getInt();
    }

    static List<String> datasetNames() {
        HttpResponse<String> r = get(base + "/$/server");
        List<String> names = new ArrayList<>();
        for (JsonValue ds : JSON.parse(r.body()).get("datasets").getAsArray())
            names.add(ds.getAsObject().getString("ds.name"));
        return names;
    }

    static List<String> endpoints(JsonObject dataset, String type) {
        for (JsonValue srv : dataset.get("ds.services").getAsArray()) {
            JsonObject s = srv.getAsObject();
            if (type.equals(s.getString("srv.type"))) {
                JsonArray eps = s.get("srv.endpoints").getAsArray();
                return eps.stream().map(v -> v.getAsString().value()).toList();
            }
        }
        return List.of();
    }

    static List<QuerySolution> rows(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                                         ResultSetLang.RS_JSON);
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        assertNotNull(rows);
        return rows;
    }
}
