package org.unionkg.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.page.Manifest;
import org.unionkg.page.PageReader;
import org.unionkg.pipeline.PageProcessor;
import org.unionkg.query.CannedQueries;
import org.unionkg.query.CannedQuery;
import org.unionkg.query.QueryRunner;
import org.unionkg.store.BulkLoad;
import org.unionkg.store.GraphStore;
import org.unionkg.store.LoadReport;
import org.unionkg.store.ProgressListener;
import org.unionkg.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code load --bulk} builds beside the store folder and moves the build into place only when it is done: a load
 * that fails part-way leaves the folder as it was, and a finished one is a whole store with its text index.
 */
class BulkLoadIntoPlaceTest {
    static PageProcessor processor;

    @BeforeAll
    static void processor() throws IOException {
        processor = PageProcessor.standard(new PageReader(Manifest.near(UnionKgCliTest.seeds())));
    }

    /**
     * The loader's own thread fails at the third page it writes, as a worker's error or a full disk would. A bulk
     * load reports each page twice (its first pass decides the namesakes): the writing pass is the second half.
     */
    static final ProgressListener FAILS_AT_THIRD_PAGE = (done, total, file) -> {
        if (done == total / 2 + 3) {
            throw new IllegalStateException("no space left on device (the test's)");
        }
    };

    static LoadReport bulk(Path target, ProgressListener progress) {
        return LoadCommand.bulkLoad(target, processor, List.of(UnionKgCliTest.seeds()), 2, BulkLoad.Loader.PARALLEL,
                progress);
    }

    static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aLoadThatFailsPartWayLeavesNoStoreFolderWhereThereWasNone(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "kept");
        Path target = dir.resolve("tdb2");
        StoreException e = assertThrows(StoreException.class, () -> bulk(target, FAILS_AT_THIRD_PAGE));
        assertTrue(e.getMessage().contains("left as it was") && e.getMessage().contains("no space left on device"),
                e.getMessage());
        assertFalse(Files.exists(target), "no half-built store");
        assertEquals(List.of("notes.txt"), entries(dir), "and no partial build beside it");
    }

    @Test
    void aLoadThatFailsPartWayLeavesAnEmptyFolderEmpty(@TempDir Path dir) throws IOException {
        Path target = Files.createDirectories(dir.resolve("tdb2"));
        assertThrows(StoreException.class, () -> bulk(target, FAILS_AT_THIRD_PAGE));
        assertEquals(List.of(), entries(target));
        assertEquals(List.of("tdb2"), entries(dir));
    }

    @Test
    void aFinishedLoadIsMovedIntoPlaceWithItsTextIndexAndRefusedASecondTime(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("stores").resolve("tdb2");      // its parent is made too
        LoadReport report = bulk(target, ProgressListener.NONE);
        assertEquals(5, report.pagesLoaded());
        assertEquals(List.of("tdb2"), entries(target.getParent()), "the build beside it is gone");
        try (GraphStore gs = GraphStore.open(target)) {
            assertEquals(report.quadsAfter(), gs.quadCount());
            assertEquals(report.quadsAfter(), gs.recount().counted(), "every quad moved with the folder");
            // the text index moved with it: search (jena-text) finds 北京市总工会 by the word 工会
            CannedQuery search = CannedQueries.resolve("search");
            var rows = new QueryRunner(gs.datasetGraph(), 30_000).select(search,
                    QueryRunner.bindings(search, Map.of("words", "总工会")));
            List<String> labels = new java.util.ArrayList<>();
            rows.forEachRemaining(b -> labels.add(b.get("label").getLiteralLexicalForm()));
            assertTrue(labels.contains("北京市总工会"), labels.toString());
        }

        List<String> before = entries(target);
        StoreException again = assertThrows(StoreException.class, () -> bulk(target, ProgressListener.NONE));
        assertTrue(again.getMessage().contains("--bulk builds a new store"), again.getMessage());
        assertEquals(before, entries(target));
        assertEquals(List.of("tdb2"), entries(target.getParent()), "nothing was built beside it");
        try (GraphStore gs = GraphStore.open(target)) {
            assertEquals(report.quadsAfter(), gs.recount().counted(), "the refused load changed nothing");
        }
    }
}
