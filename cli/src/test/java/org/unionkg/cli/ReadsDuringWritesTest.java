package org.unionkg.cli;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.page.Manifest;
import org.unionkg.page.PageReader;
import org.unionkg.pipeline.PageProcessor;
import org.unionkg.pipeline.ProcessedPage;
import org.unionkg.server.ServerSettings;
import org.unionkg.server.UnionKgServer;
import org.unionkg.store.GraphStore;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Queries served while a page is being re-loaded see the page before or after, never a mix, and do not fail.
 * <p>
 * One thread loads two versions of a seed page in turn (the second has two different headlines); others ask
 * the running server, in one query each, for the page's articles with their headlines and the store's article
 * count. A half-written page would show as missing articles, both versions of a headline, one headline changed
 * and not the other, or a count that does not go with the headlines.
 */
class ReadsDuringWritesTest {

    static final String PAGE = "003_ba22a2eb888b9f8c";
    static final String HEADLINE_1 = "北京市服务工会第二届委员会第三次全体会议召开";
    static final String HEADLINE_1_B = "北京市服务工会第二届委员会第四次全体会议召开";
    static final String HEADLINE_2_END = "”主题宣讲活动举办";
    static final String HEADLINE_2_END_B = "”主题宣讲活动启动";
    static final int SWAPS = 40;
    static final int READERS = 4;

    static final String QUERY = """
            PREFIX schema: <https://schema.org/> PREFIX ukg: <https://w3id.org/unionkg/def#>
            SELECT ?num ?headline ?total {
              { SELECT (COUNT(?x) AS ?total) { ?x a schema:NewsArticle } }
              <https://w3id.org/unionkg/id/page/%s> schema:hasPart ?a .
              ?a ukg:articleNumber ?num ; schema:headline ?headline .
            } ORDER BY ?num ?headline""".formatted(PAGE);

    @Test
    void readersSeeOneVersionOrTheOther(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, UnionKgCliTest.run("load", "--db", db.toString(), UnionKgCliTest.seeds().toString()).exit());

        String text = Files.readString(UnionKgCliTest.seeds().resolve(PAGE + ".txt"), StandardCharsets.UTF_8);
        String textB = text.replace("\n" + HEADLINE_1 + "\n", "\n" + HEADLINE_1_B + "\n")
                           .replace(HEADLINE_2_END + "\n", HEADLINE_2_END_B + "\n");
        assertNotEquals(text, textB);
        PageProcessor processor = PageProcessor.standard(new PageReader(Manifest.empty()));
        ProcessedPage versionA = processor.process(write(dir.resolve("a"), text));
        ProcessedPage versionB = processor.process(write(dir.resolve("b"), textB));

        Path config = UnionKgCliTest.seeds().getParent().resolve("fuseki-config/config.ttl");
        FusekiServer server = UnionKgServer.start(ServerSettings.readOnly(db, 0, config, true));
        // The load goes through the server's own dataset: one writer per store folder (TDB2 and Lucene).
        GraphStore store = GraphStore.over(server.getDataAccessPointRegistry().get("/unionkg").getDataService().getDataset());
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        try {
            String endpoint = server.datasetURL("/unionkg") + "/query";
            store.replacePages(List.of(versionB));
            String stateB = ask(endpoint);
            store.replacePages(List.of(versionA));
            String stateA = ask(endpoint);
            assertTrue(stateB.contains(HEADLINE_1_B) && stateB.contains("主题宣讲活动启动"), stateB);
            assertTrue(stateA.contains(HEADLINE_1) && stateA.contains("主题宣讲活动举办"), stateA);
            Set<String> consistent = Set.of(stateA, stateB);

            AtomicBoolean writing = new AtomicBoolean(true);
            Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
            List<Future<?>> readers = new java.util.ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                readers.add(pool.submit(() -> {
                    // at least a few answers each, however the threads are scheduled
                    for (int n = 0; writing.get() || n < 5; n++) {
                        try {
                            String answer = ask(endpoint);
                            if (!consistent.contains(answer)) {
                                wrong.add(answer);
                            }
                            seen.computeIfAbsent(answer == null ? "" : answer.equals(stateA) ? "A" : "B",
                                    k -> new AtomicInteger()).incrementAndGet();
                        } catch (Exception | AssertionError e) {
                            wrong.add("failed: " + e);
                        }
                    }
                }));
            }
            for (int i = 0; i < SWAPS; i++) {
                store.replacePages(List.of(i % 2 == 0 ? versionB : versionA));
            }
            writing.set(false);
            for (Future<?> f : readers) {
                f.get();
            }
            assertTrue(wrong.isEmpty(), wrong.size() + " answers neither version nor whole, e.g. " + wrong.peek());
            assertTrue(seen.values().stream().mapToInt(AtomicInteger::get).sum() >= 5 * READERS, seen.toString());
            assertEquals(stateA, ask(endpoint), "the last version loaded is the one served");
        } finally {
            pool.shutdownNow();
            server.stop();
            store.close();
        }
    }

    private static Path write(Path folder, String text) throws java.io.IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(PAGE + ".txt"), text, StandardCharsets.UTF_8);
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The query's answer as CSV; anything but 200 is a failure. */
    static String ask(String endpoint) throws Exception {
        URI uri = URI.create(endpoint + "?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(uri).header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<String> resp = HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, resp.statusCode(), resp.body());
        return resp.body();
    }
}
