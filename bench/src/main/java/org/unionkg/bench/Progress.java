package org.unionkg.bench;

import org.unionkg.store.ProgressListener;
import org.unionkg.store.ProgressPace;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar with pages/s and an ETA: redrawn in place on a terminal (at most every 0.2 s); in a log (standard
 * error a file or a pipe) a whole line every 10% of the pages, and also whenever a minute has passed without one,
 * so that a slow load still shows in its log that it is moving. Called from the writing thread only.
 */
final class Progress implements ProgressListener {
    private final String label;
    private final PrintWriter err;
    private final ProgressPace pace;

    Progress(String label, PrintWriter err) {
        this(label, err, ProgressListener.stderrIsTerminal(), System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime} */
    Progress(String label, PrintWriter err, boolean terminal, LongSupplier clock) {
        this.label = label;
        this.err = err;
        this.pace = new ProgressPace(terminal, 10, clock);
    }

    @Override
    public void pageDone(int done, int total, Path file) {
        if (!pace.due(done, total)) {
            return;
        }
        int width = 30;
        int filled = (int) ((long) width * Math.min(done, total) / Math.max(total, 1));
        String bar = "#".repeat(filled) + ".".repeat(width - filled);
        String line = String.format(Locale.ROOT, "%-10s [%s] %d/%d  %.0f pages/s  ETA %ds", label, bar, done, total,
                pace.rate(done), pace.etaSeconds(done, total));
        err.print(pace.terminal() ? "\r" + line + (done >= total ? System.lineSeparator() : "") : line + System.lineSeparator());
        err.flush();
    }
}
