package org.unionkg.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project root as the build gives it to the tests (surefire sets {@code unionkg.root}). */
public final class ProjectRoot {
    private ProjectRoot() {}

    public static Path get() {
        String p = System.getProperty("unionkg.root");
        Path root = p != null ? Path.of(p) : Path.of("..");
        if (!Files.isDirectory(root.resolve("seeds"))) {
            throw new IllegalStateException("cannot find the project root (seeds/) from " + root.toAbsolutePath());
        }
        return root.toAbsolutePath().normalize();
    }

    public static Path seeds() {
        return get().resolve("seeds");
    }
}
