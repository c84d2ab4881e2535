package org.unionkg.bench;

import org.unionkg.store.ProgressListener;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A progress bar with pages/s and an ETA: redrawn in place on a terminal, a line every 10% otherwise (logs).
 * Called from the writing thread only.
 */
final class Progress implements ProgressListener {
    private final String label;
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private final long t0 = System.nanoTime();
    private int lastTenth = -1;
    private long lastDraw;

    Progress(String label, PrintWriter err) {
        this.label = label;
        this.err = err;
    }

    @Override
    public void pageDone(int done, int total, Path file) {
        long now = System.nanoTime();
        int tenth = (int) (10L * done / Math.max(total, 1));
        boolean last = done == total;
        if (terminal ? (now - lastDraw < 200_000_000L && !last) : (tenth == lastTenth && !last)) {
            return;
        }
        lastDraw = now;
        lastTenth = tenth;
        double secs = (now - t0) / 1e9;
        double rate = done / Math.max(secs, 1e-3);
        long eta = Math.round((total - done) / Math.max(rate, 1e-3));
        int width = 30;
        int filled = (int) ((long) width * done / Math.max(total, 1));
        String bar = "#".repeat(filled) + ".".repeat(width - filled);
        String line = String.format("%-10s [%s] %d/%d  %.0f pages/s  ETA %ds", label, bar, done, total, rate, eta);
        err.print(terminal ? "\r" + line + (last ? System.lineSeparator() : "") : line + System.lineSeparator());
        err.flush();
    }
}
