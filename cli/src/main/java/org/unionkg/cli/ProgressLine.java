package org.unionkg.cli;

import org.unionkg.resolve.Namesakes;
import org.unionkg.store.ProgressListener;
import org.unionkg.store.ProgressPace;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress display for long loads: redrawn in place on a terminal (at most every 0.2 s); in a log
 * (standard error a file or a pipe) a whole line every 5% of the pages, and whenever a minute has passed without
 * one. Short loads (under {@link #MIN_PAGES} pages) print nothing.
 */
final class ProgressLine implements ProgressListener {
    static final int MIN_PAGES = 20;
    private final PrintWriter err;
    private final ProgressPace pace;
    private boolean open;

    ProgressLine(PrintWriter err) {
        this(err, ProgressListener.stderrIsTerminal(), System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime} */
    ProgressLine(PrintWriter err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.pace = new ProgressPace(terminal, 20, clock);
    }

    @Override
    public void pageDone(int done, int total, Path file) {
        if (total < MIN_PAGES || !pace.due(done, total)) {
            return;
        }
        int percent = (int) (100L * done / total);
        String line = String.format(Locale.ROOT, "[%d/%d] %3d%%  %.1f pages/s  ETA %ds", done, total, percent,
                pace.rate(done), pace.etaSeconds(done, total));
        err.print(pace.terminal() ? "\r" + line : line + System.lineSeparator());
        err.flush();
        open = pace.terminal();
    }

    /** One line, whatever the load's size: the first pass of {@code load --bulk} is over. */
    @Override
    public void namesakesDecided(Namesakes namesakes, Duration time) {
        List<String> split = namesakes.splitNames();
        if (open) {                                  // the redrawn line ends before this one
            err.println();
            open = false;
        }
        err.printf(Locale.ROOT, "namesakes decided in %.1f s: %d names are several people%s%n", time.toMillis() / 1000.0,
                split.size(), split.isEmpty() ? "" : " (" + String.join("、", split.subList(0, Math.min(10, split.size())))
                        + (split.size() > 10 ? " …" : "") + ")");
        err.flush();
    }

    /** Ends the line redrawn on a terminal, so that what follows starts on a line of its own. */
    void finish() {
        if (open) {
            err.println();
            err.flush();
            open = false;
        }
    }
}
