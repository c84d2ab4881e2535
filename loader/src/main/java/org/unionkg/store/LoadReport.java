package org.unionkg.store;

import java.time.Duration;
import java.util.List;

/**
 * What a load did.
 *
 * @param pagesLoaded pages written to the store
 * @param articles    articles in those pages
 * @param quadsBefore quads in the store before the load (the count the store keeps: no scan)
 * @param quadsAfter  quads after it
 * @param errors      pages that could not be loaded (the others still are)
 * @param time        wall time
 */
public record LoadReport(int pagesLoaded, int articles, long quadsBefore, long quadsAfter,
                         List<LoadError> errors, Duration time) {
    public LoadReport {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public String summary() {
        return String.format("%d pages, %d articles loaded; %d errors; store has %,d quads (was %,d); %.1f s",
                pagesLoaded, articles, errors.size(), quadsAfter, quadsBefore, time.toMillis() / 1000.0);
    }
}
