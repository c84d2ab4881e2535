package org.unionkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.server.ServerSettings;
import org.unionkg.server.UnionKgServer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text taken from an article that is hostile to JSON and HTML (quotes, a backslash, a closing script tag, a
 * line separator) comes out of {@code query --format json} and the server's JSON results as valid JSON that
 * parses back to exactly that text. unionkg writes no JSON of its own; these are Jena's writers, checked.
 */
class JsonEscapingTest {

    static final String HOSTILE = "\"引号\" \\反斜杠 </script><script>alert(1)</script> & <b>粗</b>\u2028行";

    static final String QUERY = """
            PREFIX schema: <https://schema.org/>
            SELECT ?body { ?a schema:articleBody ?body FILTER(CONTAINS(?body, "alert(1)")) }""";

    @Test
    void hostileArticleTextSurvivesJsonOutput(@TempDir Path dir) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        String page = Files.readString(UnionKgCliTest.seeds().resolve("003_ba22a2eb888b9f8c.txt"), StandardCharsets.UTF_8);
        String anchor = "本报讯（记者 宗晓畅）近日，";
        assertTrue(page.contains(anchor));
        Files.writeString(pages.resolve("003_hostile.txt"), page.replace(anchor, anchor + HOSTILE), StandardCharsets.UTF_8);
        Path db = dir.resolve("db");
        assertEquals(0, UnionKgCliTest.run("load", "--db", db.toString(), pages.toString()).exit());

        Path rq = Files.writeString(dir.resolve("hostile.rq"), QUERY, StandardCharsets.UTF_8);
        UnionKgCliTest.Run q = UnionKgCliTest.run("query", "--db", db.toString(), "--format", "json", rq.toString());
        assertEquals(0, q.exit(), q.err());
        assertBodyHoldsHostileText(q.out());

        Path config = UnionKgCliTest.seeds().getParent().resolve("fuseki-config/config.ttl");
        FusekiServer server = UnionKgServer.start(ServerSettings.readOnly(db, 0, config, true));
        try {
            URI uri = URI.create(server.datasetURL("/unionkg") + "/query?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8));
            HttpRequest req = HttpRequest.newBuilder(uri).header("Accept", "application/sparql-results+json")
                    .timeout(Duration.ofSeconds(60)).GET().build();
            HttpResponse<String> resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, resp.statusCode(), resp.body());
            assertBodyHoldsHostileText(resp.body());
        } finally {
            server.stop();
        }
    }

    private static void assertBodyHoldsHostileText(String json) throws Exception {
        JsonNode bindings = new ObjectMapper().readTree(json).path("results").path("bindings");
        assertEquals(1, bindings.size(), json);
        String body = bindings.get(0).path("body").path("value").asText();
        assertTrue(body.contains(HOSTILE), "the text parses back unchanged: " + body.substring(0, Math.min(200, body.length())));
    }
}
