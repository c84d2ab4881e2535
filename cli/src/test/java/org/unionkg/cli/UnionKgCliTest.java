package org.unionkg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user runs it, through picocli, with output captured. */
class UnionKgCliTest {

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = UnionKg.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Path seeds() {
        return Path.of(System.getProperty("unionkg.root", "..")).resolve("seeds").toAbsolutePath().normalize();
    }

    @Test
    void loadThenQueryAsCsv(@TempDir Path dir) {
        String db = dir.resolve("db").toString();
        Run load = run("load", "--db", db, seeds().toString());
        assertEquals(0, load.exit(), load.err());
        assertTrue(load.out().contains("5 pages, 32 articles loaded; 0 errors"), load.out());

        Run q = run("query", "--db", db, "--format", "csv", "articles-by-journalist", "--param", "journalist=刘安琪");
        assertEquals(0, q.exit(), q.err());
        String[] lines = q.out().strip().split("\r?\n");
        assertEquals("article,headline,roles,page", lines[0]);
        assertEquals(2, lines.length, q.out());
        assertTrue(lines[1].contains("北京大学人民医院工会专题学习习近平总书记重要讲话精神"), lines[1]);
        assertTrue(lines[1].contains("通讯员"), lines[1]);

        Run validate = run("validate", "--db", db);
        assertEquals(0, validate.exit(), validate.out() + validate.err());
    }

    @Test
    void bulkLoadBuildsANewStoreAndRefusesOneThatHoldsPages(@TempDir Path dir) {
        String db = dir.resolve("db").toString();
        Run bulk = run("load", "--bulk", "--db", db, seeds().toString());
        assertEquals(0, bulk.exit(), bulk.err());
        assertTrue(bulk.out().contains("5 pages, 32 articles loaded; 0 errors"), bulk.out());
        assertTrue(bulk.err().matches("(?s).*namesakes decided in [0-9.]+ s: 0 names are several people\\R.*"), bulk.err());

        Run q = run("query", "--db", db, "--format", "csv", "articles-by-journalist", "--param", "journalist=刘安琪");
        assertEquals(0, q.exit(), q.err());
        assertTrue(q.out().contains("北京大学人民医院工会专题学习习近平总书记重要讲话精神"), q.out());

        Run again = run("load", "--bulk", "--loader", "phased", "--db", db, seeds().toString());
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("--bulk builds a new store") && again.err().contains("load without --bulk"),
                again.err());

        // a normal load into the bulk-built store replaces pages; validate counts every quad and finds the
        // count the store keeps right
        Run reload = run("load", "--db", db, seeds().resolve("003_ba22a2eb888b9f8c.txt").toString());
        assertEquals(0, reload.exit(), reload.err());
        String kept = bulk.out().replaceAll("(?s).*store has ([0-9,]+) quads.*", "$1");
        assertTrue(reload.out().contains("store has " + kept + " quads (was " + kept + ")"), reload.out() + " vs " + kept);
        Run validate = run("validate", "--db", db);
        assertEquals(0, validate.exit(), validate.out() + validate.err());
        assertTrue(validate.out().contains(kept + " quads\n") || validate.out().contains(kept + " quads\r\n"),
                validate.out());
    }

    @Test
    void aBadPageIsNamedAndMakesTheExitCodeNonZero(@TempDir Path dir) throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.copy(seeds().resolve("003_ba22a2eb888b9f8c.txt"), pages.resolve("003_ba22a2eb888b9f8c.txt"));
        Files.write(pages.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 0});
        Run load = run("load", "--db", dir.resolve("db").toString(), pages.toString());
        assertEquals(1, load.exit());
        assertTrue(load.err().contains("scan.txt"), load.err());
        assertTrue(load.out().contains("1 pages, 6 articles loaded; 1 errors"), load.out());
    }

    @Test
    void unknownQueryIsAUsageError(@TempDir Path dir) {
        Run q = run("query", "--db", dir.resolve("db").toString(), "who-is-the-boss");
        assertEquals(2, q.exit());
        assertTrue(q.err().contains("articles-per-page"), "lists the canned queries: " + q.err());
    }

    @Test
    void listsTheCannedQueries() {
        Run q = run("query", "--list");
        assertEquals(0, q.exit());
        assertTrue(q.out().contains("journalists") && q.out().contains("Journalists and their article counts"), q.out());
    }
}
