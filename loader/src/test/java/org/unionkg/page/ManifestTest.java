package org.unionkg.page;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestTest {
    @TempDir
    Path dir;

    @Test
    void seedManifestDescribesEachPage() throws IOException {
        Manifest m = Manifest.load(TestPages.seeds().resolve("manifest.json"));
        assertEquals(5, m.pages().size());
        PageMeta meta = m.metaFor(Path.of("/anywhere/else/003_ba22a2eb888b9f8c.txt"));
        assertEquals("003_ba22a2eb888b9f8c.txt", meta.file());
        assertEquals("劳动午报", meta.newspaper());
        assertEquals("深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面", meta.runningHeader());
        assertNull(meta.date());
        assertEquals(2025, meta.year());
        assertEquals(2025, meta.effectiveYear());
        assertTrue(meta.note().contains("亦城工匠"));
        assertTrue(m.description().contains("劳动午报"));
    }

    @Test
    void unlistedPageIsUnknown() throws IOException {
        Manifest m = Manifest.load(TestPages.seeds().resolve("manifest.json"));
        assertEquals(PageMeta.unknown("999_new.txt"), m.metaFor(Path.of("999_new.txt")));
        assertEquals(PageMeta.unknown("000_8c79aeed4abb6d7c.txt"),
                Manifest.empty().metaFor(Path.of("000_8c79aeed4abb6d7c.txt")));
    }

    @Test
    void readsADateAndIgnoresUnknownFields() throws IOException {
        Path json = write("""
                {"description": "d", "source": "extra field",
                 "pages": [{"file": "p.txt", "newspaper": "劳动午报", "date": "2025-05-20", "year": null, "x": 1}]}
                """);
        PageMeta meta = Manifest.load(json).metaFor(Path.of("p.txt"));
        assertEquals(LocalDate.of(2025, 5, 20), meta.date());
        assertEquals(2025, meta.effectiveYear());
    }

    @Test
    void badDateNamesTheEntryAndTheFormat() throws IOException {
        Path json = write("{\"pages\": [{\"file\": \"a.txt\"}, {\"file\": \"b.txt\", \"date\": \"2025/05/20\"}]}");
        IOException e = assertThrows(IOException.class, () -> Manifest.load(json));
        assertTrue(e.getMessage().contains("pages[1]"), e.getMessage());
        assertTrue(e.getMessage().contains("yyyy-MM-dd"), e.getMessage());
    }

    @Test
    void refusesMissingPagesMissingFileAndDuplicates() throws IOException {
        Path noPages = write("{\"description\": \"x\"}");
        assertTrue(assertThrows(IOException.class, () -> Manifest.load(noPages)).getMessage().contains("pages"));
        Path noFile = write("{\"pages\": [{\"newspaper\": \"劳动午报\"}]}");
        assertTrue(assertThrows(IOException.class, () -> Manifest.load(noFile)).getMessage().contains("no \"file\""));
        Path twice = write("{\"pages\": [{\"file\": \"a.txt\"}, {\"file\": \"a.txt\"}]}");
        assertTrue(assertThrows(IOException.class, () -> Manifest.load(twice)).getMessage().contains("second time"));
        Path broken = write("{\"pages\": [");
        assertTrue(assertThrows(IOException.class, () -> Manifest.load(broken)).getMessage().contains(broken.toString()));
    }

    private Path write(String json) throws IOException {
        Path p = Files.createTempFile(dir, "manifest", ".json");
        Files.writeString(p, json);
        return p;
    }
}
