package org.unionkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionkg.server.ServerFixture.HEADLINE_01;
import static org.unionkg.server.ServerFixture.queryGet;
import static org.unionkg.server.ServerFixture.queryPost;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.server.limits.ResultLimit;

/**
 * The result-size limit of the configuration: a query whose answer is over it is refused with the
 * reason, a query under it (or one that pages with LIMIT) is answered. The test store has 16 quads;
 * the limit is lowered from the configured 10000 to 5.
 */
class ResultLimitTest {

    static final String CONFIGURED = "ja:cxtValue \"10000\" ] .";
    static final String SMALL = "ja:cxtValue \"5\" ] .";
    static final String PREFIX = "PREFIX schema: <https://schema.org/>\n";

    @TempDir
    static Path dir;
    static FusekiServer server;
    static String query;
    static String sparql;

    @BeforeAll
    static void start() throws IOException {
        Path db = ServerFixture.loadStore(dir);
        String config = Files.readString(ServerFixture.readOnlyConfig(), StandardCharsets.UTF_8);
        assertTrue(config.contains("server#resultLimit\" ; " + CONFIGURED),
                   "config.ttl no longer sets the result limit as this test expects");
        Path small = dir.resolve("config-small-limit.ttl");
        Files.writeString(small, config.replace(CONFIGURED, SMALL), StandardCharsets.UTF_8);
        server = UnionKgServer.start(ServerSettings.readOnly(db, 0, small, true));
        query = "http://localhost:" + server.getPort() + "/unionkg/query";
        sparql = "http://localhost:" + server.getPort() + "/unionkg/sparql";
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    @Test
    void selectOverTheLimitIsRefusedWithTheReason() {
        HttpResponse<String> all = queryGet(query, "SELECT * { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(400, all.statusCode(), all.body());
        assertTrue(all.body().contains("Result size limit: this query returns more than 5 rows"), all.body());

        // the same by POST on the other query endpoint, and with ORDER BY and a LIMIT above the cap
        HttpResponse<String> sorted = queryPost(sparql, "SELECT ?o { ?s ?p ?o } ORDER BY ?o LIMIT 100");
        assertEquals(400, sorted.statusCode(), sorted.body());
        assertTrue(sorted.body().contains("more than 5 rows"), sorted.body());
    }

    @Test
    void constructAndDescribeOverTheLimitAreRefused() {
        HttpResponse<String> construct = queryGet(query, "CONSTRUCT WHERE { ?s ?p ?o }");
        assertEquals(400, construct.statusCode(), construct.body());
        assertTrue(construct.body().contains("more than 5 triples"), construct.body());

        HttpResponse<String> describe = queryGet(query, "DESCRIBE <https://w3id.org/unionkg/id/article/p-01>");
        assertEquals(400, describe.statusCode(), describe.body());
        assertTrue(describe.body().contains("more than 5 triples"), describe.body());
    }

    @Test
    void answersUnderTheLimitArriveWhole() {
        HttpResponse<String> headlines = queryGet(query, PREFIX + "SELECT ?h { ?a schema:headline ?h } ORDER BY ?h");
        assertEquals(200, headlines.statusCode(), headlines.body());
        assertTrue(headlines.body().contains(HEADLINE_01), headlines.body());
        assertTrue(headlines.body().contains("朝阳工匠评选活动启动"), headlines.body());

        // paging within the limit is the way to read more
        HttpResponse<String> page = queryGet(query, "SELECT ?s { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 5 OFFSET 5");
        assertEquals(200, page.statusCode(), page.body());
        assertEquals(5, page.body().split("\"s\"\\s*:").length - 1, page.body());

        String construct = PREFIX + "CONSTRUCT { ?a schema:headline ?h } WHERE { ?a schema:headline ?h }";
        HttpResponse<String> triples = ServerFixture.send(ServerFixture.request(query + "?query=" + ServerFixture.encode(construct))
                                                              .header("Accept", "application/n-triples").GET());
        assertEquals(200, triples.statusCode(), triples.body());
        assertEquals(2, triples.body().strip().lines().count(), triples.body());
        assertTrue(triples.body().contains(HEADLINE_01), triples.body());

        HttpResponse<String> ask = queryGet(query, "ASK { ?s ?p ?o }");
        assertEquals(200, ask.statusCode(), ask.body());
        assertTrue(ask.body().contains("true"), ask.body());
    }

    @Test
    void theLimitIsReadFromTheContext() {
        Context cxt = new Context();
        assertEquals(ResultLimit.DEFAULT, ResultLimit.of(cxt).max());
        cxt.set(ResultLimit.SYMBOL, "250");
        assertEquals(250, ResultLimit.of(cxt).max());
        cxt.set(ResultLimit.SYMBOL, "0");
        assertTrue(ResultLimit.of(cxt).unlimited());
        assertFalse(ResultLimit.of(cxt).exceededBy(1_000_000));
        cxt.set(ResultLimit.SYMBOL, "lots");
        assertThrows(IllegalArgumentException.class, () -> ResultLimit.of(cxt));
    }
}
