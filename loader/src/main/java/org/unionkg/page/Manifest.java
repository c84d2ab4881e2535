package org.unionkg.page;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code seeds/manifest.json} says of each page file:
 * {@code {"description": …, "pages": [{file, newspaper, runningHeader, date (null | yyyy-MM-dd), year, note}]}}.
 * Pages are looked up by file name, so the manifest does not care where the pages directory lives.
 * Immutable and thread-safe.
 */
public final class Manifest {
    /** The JSON shape of one entry; the date stays a string so a bad one gets our own message. */
    private record Entry(String file, String newspaper, String runningHeader, String date, Integer year, String note) {
    }

    private record Document(String description, List<Entry> pages) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final String description;
    private final Map<String, PageMeta> byFile;

    private Manifest(String description, Map<String, PageMeta> byFile) {
        this.description = description;
        this.byFile = Collections.unmodifiableMap(byFile);
    }

    /** Reads a manifest; a malformed one is an {@link IOException} naming the file and the entry at fault. */
    public static Manifest load(Path json) throws IOException {
        Document doc;
        try {
            doc = JSON.readValue(json.toFile(), Document.class);
        } catch (JacksonException e) {
            throw new IOException(json + ": not a page manifest (" + e.getOriginalMessage() + ")", e);
        }
        if (doc == null || doc.pages() == null) {
            throw new IOException(json + ": no \"pages\" array");
        }
        Map<String, PageMeta> byFile = new LinkedHashMap<>();
        for (int i = 0; i < doc.pages().size(); i++) {
            Entry e = doc.pages().get(i);
            String where = json + ": pages[" + i + "]";
            if (e == null || e.file() == null || e.file().isBlank()) {
                throw new IOException(where + " has no \"file\"");
            }
            PageMeta meta = new PageMeta(e.file(), e.newspaper(), e.runningHeader(), parseDate(e.date(), where),
                    e.year(), e.note());
            if (byFile.putIfAbsent(e.file(), meta) != null) {
                throw new IOException(where + " lists " + e.file() + " a second time");
            }
        }
        return new Manifest(doc.description(), byFile);
    }

    /**
     * The {@code manifest.json} in the folder {@code pages} names, or beside the file it names; a manifest that
     * lists nothing when there is none, so pages without a manifest still load.
     */
    public static Manifest near(Path pages) throws IOException {
        Path dir = Files.isDirectory(pages) ? pages : pages.toAbsolutePath().getParent();
        Path candidate = dir == null ? null : dir.resolve("manifest.json");
        return candidate != null && Files.isRegularFile(candidate) ? load(candidate) : empty();
    }

    /** A manifest that lists nothing: every page is {@link PageMeta#unknown}. */
    public static Manifest empty() {
        return new Manifest(null, new LinkedHashMap<>());
    }

    /** What the manifest says of this file (matched by file name), or {@link PageMeta#unknown} when it is not listed. */
    public PageMeta metaFor(Path file) {
        String name = file.getFileName().toString();
        PageMeta meta = byFile.get(name);
        return meta != null ? meta : PageMeta.unknown(name);
    }

    /** Whether the manifest lists this file. */
    public boolean lists(Path file) {
        return byFile.containsKey(file.getFileName().toString());
    }

    /** Every listed page, in manifest order. */
    public List<PageMeta> pages() {
        return new ArrayList<>(byFile.values());
    }

    /** The manifest's free description, or null. */
    public String description() {
        return description;
    }

    private static LocalDate parseDate(String date, String where) throws IOException {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new IOException(where + " has date \"" + date + "\"; write it as yyyy-MM-dd or null", e);
        }
    }
}
