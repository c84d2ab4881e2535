package org.unionkg.cli;

import java.nio.file.Path;

/**
 * Where the project's files are. The launcher passes {@code -Dunionkg.root}; default paths (the store,
 * the Fuseki config, the seeds) are taken from there so the command works from any folder.
 */
final class ProjectPaths {
    private ProjectPaths() {}

    static Path root() {
        return Path.of(System.getProperty("unionkg.root", ".")).toAbsolutePath().normalize();
    }

    /** A path as given, or, when relative and meant as a project default, under the project root. */
    static Path underRoot(String relative) {
        return root().resolve(relative);
    }
}
