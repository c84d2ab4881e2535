package org.unionkg.store;

import java.util.function.LongSupplier;

/**
 * When a progress display should report, shared by the command line's load line and the benchmark's bar: on a
 * terminal at most every {@link #REDRAW_NANOS} (the line is redrawn in place); in a log (standard error a file or a
 * pipe) once per step of the pages ({@code steps} steps in all, e.g. 20 for every 5%), and whenever
 * {@link #HEARTBEAT_NANOS} have passed without a report, so that a slow load still shows in its log that it moves.
 * The first and the last page always report. Also gives the rate and the time left at the last report.
 *
 * <p>Keeps the time of the last report: one instance per display, called from one thread.
 */
public final class ProgressPace {
    public static final long REDRAW_NANOS = 200_000_000L;
    public static final long HEARTBEAT_NANOS = 60_000_000_000L;

    private final boolean terminal;
    private final int steps;
    private final LongSupplier clock;
    private final long t0;
    private int lastStep = -1;
    private long lastReport;
    private boolean reported;

    /** @param clock nanoseconds, as {@link System#nanoTime} */
    public ProgressPace(boolean terminal, int steps, LongSupplier clock) {
        this.terminal = terminal;
        this.steps = steps;
        this.clock = clock;
        this.t0 = clock.getAsLong();
    }

    public boolean terminal() {
        return terminal;
    }

    /** Whether page {@code done} of {@code total} should be reported; if so, it counts as reported now. */
    public boolean due(int done, int total) {
        long now = clock.getAsLong();
        int step = (int) ((long) steps * done / Math.max(total, 1));
        boolean due = done >= total || !reported
                || (terminal ? now - lastReport >= REDRAW_NANOS : step != lastStep || now - lastReport >= HEARTBEAT_NANOS);
        if (due) {
            reported = true;
            lastReport = now;
            lastStep = step;
        }
        return due;
    }

    /** Pages a second from the start to the last report. */
    public double rate(int done) {
        return done / Math.max((lastReport - t0) / 1e9, 1e-3);
    }

    /** Seconds left at {@link #rate} after the last report. */
    public long etaSeconds(int done, int total) {
        return Math.round((total - done) / Math.max(rate(done), 1e-3));
    }
}
