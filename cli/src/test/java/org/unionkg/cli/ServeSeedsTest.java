package org.unionkg.cli;

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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end: the seeds loaded by the command line, served by Fuseki on a free port, asked over HTTP. */
class ServeSeedsTest {

    @Test
    void seedArticlesComeBackOverHttp(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        UnionKgCliTest.Run load = UnionKgCliTest.run("load", "--db", db.toString(), UnionKgCliTest.seeds().toString());
        assertEquals(0, load.exit(), load.err());

        Path config = UnionKgCliTest.seeds().getParent().resolve("fuseki-config/config.ttl");
        FusekiServer server = UnionKgServer.start(ServerSettings.readOnly(db, 0, config, true));
        try {
            String query = """
                    PREFIX schema: <https://schema.org/>
                    SELECT (COUNT(?a) AS ?n) (SAMPLE(?h) AS ?any) { ?a a schema:NewsArticle ; schema:headline ?h }""";
            String csv = get(server, query);
            List<String> lines = csv.strip().lines().toList();
            assertEquals("n,any", lines.get(0));
            assertTrue(lines.get(1).startsWith("32,"), csv);

            String byHeadline = get(server, """
                    PREFIX schema: <https://schema.org/> PREFIX ukg: <https://w3id.org/unionkg/def#>
                    SELECT ?byline { ?a schema:headline "东湖街道总工会多举措关爱新就业形态劳动者"@zh ; ukg:bylineText ?byline }""");
            assertEquals("byline\r\n记者 刘欣欣\r\n", byHeadline);
        } finally {
            server.stop();
        }
    }

    static String get(FusekiServer server, String query) throws Exception {
        URI uri = URI.create(server.datasetURL("/unionkg") + "/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(uri).header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<String> resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, resp.statusCode(), resp.body());
        return resp.body();
    }
}
