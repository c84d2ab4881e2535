package org.unionkg.store;

import org.unionkg.resolve.Namesakes;

import java.nio.file.Path;
import java.time.Duration;

/** Told of each page as a load goes on, e.g. to draw a progress line. Called from the writing thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, file) -> { };

    void pageDone(int done, int total, Path file);

    /** Told when the first pass of a bulk load of pages has decided the corpus's namesakes, and how long it took. */
    default void namesakesDecided(Namesakes namesakes, Duration time) {
    }
}
