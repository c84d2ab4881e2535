package org.unionkg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.bench.LoadTest;
import org.unionkg.query.CannedQueries;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The load test, small: 4 clients for 2 s on the seeds. Only failures are asserted; times are figures. */
class LoadTestCommandTest {

    @Test
    void noRequestFailsUnderConcurrentLoad(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("RESULTS.md");
        UnionKgCliTest.Run run = UnionKgCliTest.run("load-test", "--clients", "4", "--seconds", "2", "--warmup", "0",
                "--results", results.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        String md = Files.readString(results, StandardCharsets.UTF_8);
        assertTrue(md.startsWith("# unionkg benchmark results"), md);
        assertTrue(md.contains("— 4 clients, 2 s"), md);
        assertTrue(md.contains(", **0 failed**."), md);
        assertTrue(md.contains("articles-by-journalist (journalist="), "parameters bound to their example: " + md);
    }

    @Test
    void everyCannedQueryWithExamplesIsSentWithItsValuesBound() {
        List<LoadTest.Request> requests = LoadTest.requests(CannedQueries.all());
        assertTrue(requests.size() >= 5, requests.toString());
        LoadTest.Request byJournalist = requests.stream().filter(r -> r.name().equals("articles-by-journalist")).findFirst().orElseThrow();
        assertEquals("journalist=刘欣欣", byJournalist.bound());
        assertTrue(byJournalist.sparql().contains("\"刘欣欣\""), byJournalist.sparql());
        // the pattern uses the value; the variable survives only as the projected constant ("刘欣欣" AS ?journalist)
        assertTrue(!byJournalist.sparql().contains("= ?journalist"), "the variable is replaced: " + byJournalist.sparql());
    }
}
