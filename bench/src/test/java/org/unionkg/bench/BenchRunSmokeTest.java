package org.unionkg.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark end to end on a handful of pages: it completes and writes its figures. No time is asserted. */
class BenchRunSmokeTest {

    @Test
    void aTinyRunCompletesAndWritesItsFigures(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("RESULTS.md");
        Path config = Path.of(System.getProperty("unionkg.root", "..")).resolve("fuseki-config/config.ttl");
        BenchRun.Options o = new BenchRun.Options(20, 3, dir.resolve("work"), results, 20, 2, true, config,
                "smoke test");
        StringWriter out = new StringWriter();
        BenchRun run = new BenchRun(o, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        run.run();

        String md = Files.readString(results);
        for (String section : new String[] {"### 1. Extraction throughput", "### 2. Store load rate",
                "### 3. End to end", "### 4. Canned queries", "### 5. Re-load of one day",
                "against their gold"}) {
            assertTrue(md.contains(section), "missing: " + section);
        }
        Map<String, String> f = run.figures();
        assertEquals("20", f.get("extract.pages"));
        assertEquals("0", f.get("load.errors"));
        assertEquals(f.get("load.quads"), String.valueOf(Long.parseLong(f.get("load.quads"))));
        assertTrue(f.containsKey("store.ratio") && f.containsKey("extract.ratio") && f.containsKey("extract.cpu_ratio"));
        assertTrue(f.containsKey("query.journalists.http_p50_ms"), "HTTP figures through Fuseki");
        // a report query with optional parameters is timed twice: free (the whole report) and narrowed by values
        // drawn from the generated pages; both answer at this size
        for (String k : new String[] {"query.events-by-type-and-district_free.p50_ms",
                "query.events-by-type-and-district_district_type.p50_ms", "query.honours_honour.http_p50_ms",
                "query.unions-by-district_district.p50_ms", "query.places-and-events_place.p50_ms"}) {
            assertTrue(f.containsKey(k) && !f.get(k).equals("NaN"), k + " in " + f);
        }
        assertTrue(md.contains("| events-by-type-and-district (district, type) |"), md);
        assertTrue(md.contains("(equal: the day's graphs were replaced, not added)"), md);
        assertTrue(md.contains("graphs are unchanged"), md);
        // the bare loader, the transactional path and load --bulk hold the same number of quads, and the count
        // each store keeps agrees with a full count
        assertTrue(md.contains("(equal)"), md);
        assertTrue(md.contains("agrees with a full count: transactional yes, bulk yes"), md);
        assertTrue(Long.parseLong(f.get("rss.anon_peak_mb")) > 0, "RssAnon is read from /proc/self/status");
    }
}
