package org.unionkg.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder of data files shipped on the classpath (the ontology, the canned queries), listed the same way
 * whether the classes run from {@code target/classes} or from the jar.
 */
public record ClasspathFolder(String root) {
    public ClasspathFolder {
        if (!root.endsWith("/")) {
            root = root + "/";
        }
    }

    /** Paths relative to the folder of every file (in sub-folders too) whose name ends with {@code suffix}, sorted. */
    public List<String> list(String suffix) {
        URL anchor = ClasspathFolder.class.getClassLoader().getResource(root);
        if (anchor == null) {
            return List.of();
        }
        try {
            URI uri = anchor.toURI();
            Path dir;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                dir = fs.getPath("/" + root);
            } else {
                dir = Path.of(uri);
            }
            try (Stream<Path> s = Files.walk(dir)) {
                return s.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().endsWith(suffix))
                        .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                        .sorted()
                        .toList();
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list classpath folder " + root + ": " + e.getMessage(), e);
        }
    }

    /** A file's bytes, or null when there is no such file. */
    public InputStream open(String relative) {
        return ClasspathFolder.class.getClassLoader().getResourceAsStream(root + relative);
    }

    /** A file's text (UTF-8), or null when there is no such file. */
    public String read(String relative) {
        try (InputStream in = open(relative)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
