package org.unionkg.store;

import org.unionkg.resolve.Namesakes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Told of each page as a load goes on, e.g. to draw a progress line. Called from the writing thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, file) -> { };

    void pageDone(int done, int total, Path file);

    /**
     * Whether standard error, where progress is drawn, is a terminal (so a line may be redrawn in place with a
     * carriage return) rather than a file or a pipe (where each report must be a whole line).
     *
     * <p>{@code System.console()} cannot answer this: on Java 17 it is present when standard input and standard
     * output are terminals, whatever standard error is, so {@code unionkg load ... 2>load.log} typed at a terminal
     * would fill the log with carriage returns and no line end. On Linux, {@code /proc/self/fd/2} names what
     * standard error is; elsewhere the console is the best guess there is.
     */
    static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd2)) {
            try {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;                        // cannot tell: whole lines are safe everywhere
            }
        }
        return System.console() != null;
    }

    /** Told when the first pass of a bulk load of pages has decided the corpus's namesakes, and how long it took. */
    default void namesakesDecided(Namesakes namesakes, Duration time) {
    }
}
