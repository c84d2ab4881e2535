package org.unionkg.bench;

import org.junit.jupiter.api.Test;
import org.unionkg.bench.micro.ExtractionBenchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JMH benchmarks are built (the annotation processor ran) and each does real work; nothing here is timed. */
class ExtractionBenchmarkTest {

    @Test
    void jmhListsTheThreeBenchmarks() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/BenchmarkList")) {
            assertNotNull(in, "META-INF/BenchmarkList: JMH's annotation processor did not run on the bench module");
            String list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String method : new String[] {"pipeline", "hanlpFloor", "ourSegmenter"}) {
                assertTrue(list.contains("ExtractionBenchmark") && list.contains(method), method + " missing from " + list);
            }
        }
    }

    @Test
    void eachBenchmarkProcessesTheGeneratedPages() throws Exception {
        ExtractionBenchmark b = new ExtractionBenchmark();
        b.pages = 40;
        b.setUp();
        // 40 generated pages hold a few thousand quads and tens of thousands of words
        assertTrue(b.pipeline() > 40 * 100, "pipeline quads");
        assertTrue(b.hanlpFloor() > 40 * 300, "HanLP terms");
        assertTrue(b.ourSegmenter() > 40 * 300, "our tokens");
    }
}
