package org.unionkg.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db} option every command that touches the store shares. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "DIR",
            description = "TDB2 store folder (default: data/tdb2 in the project)")
    Path db;

    Path location() {
        return db != null ? db : ProjectPaths.underRoot("data/tdb2");
    }
}
