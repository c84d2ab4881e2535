package org.unionkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeout of the configuration stops a runaway query, and the server carries on. */
class QueryTimeoutTest {

    /** The timeout line of config.ttl, and the short one this test puts in its place. */
    static final String CONFIGURED = "ja:cxtValue \"10000\"";
    static final String SHORT = "ja:cxtValue \"300\"";

    /** Six unconnected patterns over 16 quads: 16^6 (about 17 million) rows to count. */
    static final String CARTESIAN = """
        SELECT (COUNT(*) AS ?n) {
          ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r
        }""";

    @Test
    void cartesianProductTimesOutAndTheNextQueryAnswers(@TempDir Path dir) throws IOException {
        Path db = ServerFixture.loadStore(dir);
        String config = Files.readString(ServerFixture.readOnlyConfig(), StandardCharsets.UTF_8);
        assertTrue(config.contains(CONFIGURED), "config.ttl no longer sets the timeout as this test expects");
        Path shortConfig = dir.resolve("config-short-timeout.ttl");
        Files.writeString(shortConfig, config.replace(CONFIGURED, SHORT), StandardCharsets.UTF_8);

        FusekiServer server = UnionKgServer.start(ServerSettings.readOnly(db, 0, shortConfig, true));
        try {
            String query = "http://localhost:" + server.getPort() + "/unionkg/query";

            HttpResponse<String> runaway = queryPost(query, CARTESIAN);
            assertEquals(503, runaway.statusCode(), runaway.body());
            assertTrue(runaway.body().contains("timed out"), runaway.body());

            HttpResponse<String> next = queryGet(query,
                "PREFIX schema: <https://schema.org/> SELECT ?h { ?a schema:headline ?h } ORDER BY ?h");
            assertEquals(200, next.statusCode(), next.body());
            assertTrue(next.body().contains(HEADLINE_01), next.body());
        } finally {
            server.stop();
        }
    }
}
