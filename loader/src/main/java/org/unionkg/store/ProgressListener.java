package org.unionkg.store;

import java.nio.file.Path;

/** Told of each page as a load goes on, e.g. to draw a progress line. Called from the writing thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, file) -> { };

    void pageDone(int done, int total, Path file);
}
