package org.unionkg.bench;

import org.unionkg.store.ProgressListener;

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
    static final long REDRAW_NANOS = 200_000_000L;
    static final long HEARTBEAT_NANOS = 60_000_000_000L;
    private final String label;
    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long t0;
    private int lastTenth = -1;
    private long lastDraw;
    private boolean drawn;

    Progress(String label, PrintWriter err) {
        this(label, err, ProgressListener.stderrIsTerminal(), System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime} */
    Progress(String label, PrintWriter err, boolean terminal, LongSupplier clock) {
        this.label = label;
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.t0 = clock.getAsLong();
    }

    @Override
    public void pageDone(int done, int total, Path file) {
        long now = clock.getAsLong();
        int tenth = (int) (10L * done / Math.max(total, 1));
        boolean due = done >= total
                || !drawn
                || (terminal ? now - lastDraw >= REDRAW_NANOS : tenth != lastTenth || now - lastDraw >= HEARTBEAT_NANOS);
        if (!due) {
            return;
        }
        drawn = true;
        lastDraw = now;
        lastTenth = tenth;
        double secs = (now - t0) / 1e9;
        double rate = done / Math.max(secs, 1e-3);
        long eta = Math.round((total - done) / Math.max(rate, 1e-3));
        int width = 30;
        int filled = (int) ((long) width * Math.min(done, total) / Math.max(total, 1));
        String bar = "#".repeat(filled) + ".".repeat(width - filled);
        String line = String.format(Locale.ROOT, "%-10s [%s] %d/%d  %.0f pages/s  ETA %ds", label, bar, done, total,
                rate, eta);
        err.print(terminal ? "\r" + line + (done >= total ? System.lineSeparator() : "") : line + System.lineSeparator());
        err.flush();
    }
}
