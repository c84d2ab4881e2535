package org.unionkg.store;

import java.nio.file.Path;

/** A page that did not load, and why. */
public record LoadError(Path file, String reason) {
    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
