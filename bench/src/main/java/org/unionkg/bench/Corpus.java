package org.unionkg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unionkg.evaluate.Gold;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * A generated corpus on disk, laid out as the loader reads real pages:
 * <pre>
 * DIR/pages/&lt;id&gt;.txt        the pages (what ./unionkg load DIR/pages reads)
 * DIR/pages/manifest.json   newspaper, running header and date of every page
 * DIR/gold/&lt;id&gt;.json        what each page states, in the shape of the seeds' gold files ({@link Gold})
 * </pre>
 */
public record Corpus(Path dir, int pages, long characters, Duration time) {

    public Path pagesDir() {
        return dir.resolve("pages");
    }

    public Path goldDir() {
        return dir.resolve("gold");
    }

    public Path manifest() {
        return pagesDir().resolve("manifest.json");
    }

    public static Path pagesDir(Path dir) {
        return dir.resolve("pages");
    }

    public static Path goldDir(Path dir) {
        return dir.resolve("gold");
    }

    /** The gold file of one page. */
    public Gold gold(String pageId) {
        try {
            return Gold.load(goldDir().resolve(pageId + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes pages {@code 0 .. pages-1} of {@code generator} under {@code dir}, in parallel (each page is
     * independent), then the manifest. Nothing is held in memory beyond the pages being written.
     */
    public static Corpus write(PageGenerator generator, int pages, Path dir) {
        long t0 = System.nanoTime();
        ObjectMapper json = new ObjectMapper();
        AtomicLong chars = new AtomicLong();
        String[] headers = new String[pages];        // for the manifest: a short string a page
        try {
            Files.createDirectories(pagesDir(dir));
            Files.createDirectories(goldDir(dir));
            IntStream.range(0, pages).parallel().forEach(i -> {
                GeneratedPage p = generator.page(i);
                chars.addAndGet(p.text().length());
                headers[i] = p.runningHeader();
                try {
                    Files.writeString(pagesDir(dir).resolve(p.fileName()), p.text(), StandardCharsets.UTF_8);
                    json.writerWithDefaultPrettyPrinter().writeValue(goldDir(dir).resolve(p.id() + ".json").toFile(),
                            p.gold());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writeManifest(generator, headers, pagesDir(dir).resolve("manifest.json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus under " + dir + ": " + e.getMessage(), e);
        }
        return new Corpus(dir, pages, chars.get(), Duration.ofNanos(System.nanoTime() - t0));
    }

    /** The manifest, streamed a page at a time (a 100,000-page manifest is not built as one tree). */
    private static void writeManifest(PageGenerator g, String[] headers, Path file, ObjectMapper json)
            throws IOException {
        int pages = headers.length;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\n  \"description\": \"Generated pages (unionkg bench generate): invented text in the seeds' style.\",\n");
            w.write("  \"pages\": [\n");
            for (int i = 0; i < pages; i++) {
                ObjectNode e = json.createObjectNode();
                e.put("file", g.pageId(i) + ".txt");
                e.put("newspaper", PageGenerator.NEWSPAPER);
                e.put("runningHeader", headers[i]);
                e.put("date", g.dateOf(i).toString());
                e.put("year", g.dateOf(i).getYear());
                e.put("note", "generated");
                w.write("    ");
                w.write(json.writeValueAsString(e));
                w.write(i < pages - 1 ? ",\n" : "\n");
            }
            w.write("  ]\n}\n");
        }
    }
}
