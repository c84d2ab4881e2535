package org.unionkg.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The {@code ontology/} folder on disk, found through the {@code unionkg.root} property surefire sets. */
final class OntologyDir {
    private OntologyDir() {}

    static Path path() {
        for (String root : new String[] {System.getProperty("unionkg.root", ".."), ".."}) {
            Path dir = Path.of(root).resolve("ontology");
            if (Files.isDirectory(dir)) {
                return dir;
            }
        }
        throw new IllegalStateException("no ontology/ folder under unionkg.root or ..");
    }

    /** Every Turtle file, as a path relative to {@code ontology/} with '/' separators, sorted. */
    static List<String> turtleFiles() {
        Path dir = path();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".ttl"))
                    .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
