package org.unionkg.cli;

import org.unionkg.resolve.Namesakes;
import org.unionkg.store.ProgressListener;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A one-line progress display for long loads: rewritten in place on a terminal, a line every 5% otherwise.
 * Short loads (under {@link #MIN_PAGES} pages) print nothing.
 */
final class ProgressLine implements ProgressListener {
    static final int MIN_PAGES = 20;
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private final long t0 = System.nanoTime();
    private int lastPercent = -1;
    private boolean drawn;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void pageDone(int done, int total, Path file) {
        if (total < MIN_PAGES) {
            return;
        }
        int percent = (int) (100L * done / total);
        if (!terminal && percent / 5 == lastPercent / 5) {
            return;
        }
        lastPercent = percent;
        double secs = (System.nanoTime() - t0) / 1e9;
        double rate = done / Math.max(secs, 1e-3);
        long eta = Math.round((total - done) / Math.max(rate, 1e-3));
        String line = String.format("[%d/%d] %3d%%  %.1f pages/s  ETA %ds", done, total, percent, rate, eta);
        err.print(terminal ? "\r" + line : line + System.lineSeparator());
        err.flush();
        drawn = true;
    }

    /** One line, whatever the load's size: the first pass of {@code load --bulk} is over. */
    @Override
    public void namesakesDecided(Namesakes namesakes, Duration time) {
        List<String> split = namesakes.splitNames();
        if (drawn && terminal) {
            err.println();
        }
        err.printf(Locale.ROOT, "namesakes decided in %.1f s: %d names are several people%s%n", time.toMillis() / 1000.0,
                split.size(), split.isEmpty() ? "" : " (" + String.join("、", split.subList(0, Math.min(10, split.size())))
                        + (split.size() > 10 ? " …" : "") + ")");
        err.flush();
    }

    void finish() {
        if (drawn && terminal) {
            err.println();
        }
    }
}
