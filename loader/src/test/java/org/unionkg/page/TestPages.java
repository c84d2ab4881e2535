package org.unionkg.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the seed pages, the manifest and the pages written for the tests. */
public final class TestPages {
    private TestPages() {
    }

    /** The project root: surefire passes it as {@code unionkg.root}; from an IDE the module's parent. */
    public static Path root() {
        String prop = System.getProperty("unionkg.root");
        Path root = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath().getParent();
        if (!Files.isDirectory(root.resolve("seeds"))) {
            root = Path.of("").toAbsolutePath().getParent();
        }
        return root;
    }

    public static Path seeds() {
        return root().resolve("seeds");
    }

    /** {@code src/test/resources/pages}: pages in the seeds' style written to test the rules on other text. */
    public static Path ownPages() {
        URL url = TestPages.class.getResource("/pages");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Manifest manifest() {
        try {
            return Manifest.load(seeds().resolve("manifest.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed or test page with this id. */
    public static Path pageFile(String id) {
        Path seed = seeds().resolve(id + ".txt");
        return Files.exists(seed) ? seed : ownPages().resolve(id + ".txt");
    }

    public static Page read(String id) {
        try {
            return new PageReader(manifest()).read(pageFile(id));
        } catch (BadPageException e) {
            throw new IllegalStateException(e);
        }
    }
}
