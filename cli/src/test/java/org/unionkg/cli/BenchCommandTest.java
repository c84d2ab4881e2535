package org.unionkg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.evaluate.Gold;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {

    /** Generated pages load like real ones, and their gold files read as gold. */
    @Test
    void generateThenLoadTheGeneratedPages(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("gen");
        UnionKgCliTest.Run gen = UnionKgCliTest.run("bench", "generate", "--pages", "12", "--seed", "5",
                "--out", out.toString());
        assertEquals(0, gen.exit(), gen.err());
        assertTrue(gen.out().startsWith("12 pages"), gen.out());
        assertTrue(Files.isRegularFile(out.resolve("pages/manifest.json")));
        List<Gold> gold = Gold.loadAll(out.resolve("gold"));
        assertEquals(12, gold.size());
        assertTrue(gold.stream().allMatch(g -> !g.events().isEmpty() && !g.people().isEmpty()));

        UnionKgCliTest.Run load = UnionKgCliTest.run("load", "--db", dir.resolve("db").toString(),
                out.resolve("pages").toString());
        assertEquals(0, load.exit(), load.err());
        int articles = gold.stream().mapToInt(g -> g.events().size()).sum();   // one event an article
        assertTrue(load.out().contains("12 pages, " + articles + " articles loaded; 0 errors"), load.out());
    }

    @Test
    void generateRefusesZeroPages(@TempDir Path dir) {
        UnionKgCliTest.Run gen = UnionKgCliTest.run("bench", "generate", "--pages", "0", "--out", dir.toString());
        assertEquals(ExitCodes.USAGE, gen.exit());
    }
}
