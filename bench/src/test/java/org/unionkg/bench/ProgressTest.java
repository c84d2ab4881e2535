package org.unionkg.bench;

import org.junit.jupiter.api.Test;
import org.unionkg.store.ProgressListener;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress a long load writes, driven page by page with a fake clock: what a log and a terminal receive. */
class ProgressTest {
    private static final Path PAGE = Path.of("page.txt");
    private static final Pattern DONE = Pattern.compile("(\\d+)/(\\d+)");

    /** A fake clock that moves {@code step} nanoseconds each time it is read after the first. */
    private static final class Clock {
        long now;
        long step;

        long read() {
            long t = now;
            now += step;
            return t;
        }
    }

    @Test
    void aLogGetsAWholeLineForEachTenthOfThePages() {
        StringWriter sink = new StringWriter();
        Clock clock = new Clock();
        clock.step = 10_000_000L;                                  // 10 ms a page: 10 s in all, no heartbeat
        Progress p = new Progress("load --bulk", new PrintWriter(sink), false, clock::read);
        for (int done = 1; done <= 1000; done++) {
            p.pageDone(done, 1000, PAGE);
        }
        String text = sink.toString();
        assertFalse(text.contains("\r"), "no carriage return in a log: " + text);
        List<String> lines = text.lines().toList();
        assertEquals(List.of(1, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000), doneCounts(lines));
        assertTrue(text.endsWith(System.lineSeparator()));
        assertTrue(lines.get(0).startsWith("load --bulk [......"), lines.get(0));
        assertTrue(lines.get(10).contains("[##############################] 1000/1000  100 pages/s  ETA 0s"),
                lines.get(10));
    }

    @Test
    void aSlowLoadStillWritesALineAMinuteToItsLog() {
        StringWriter sink = new StringWriter();
        Clock clock = new Clock();
        clock.step = 30_000_000_000L;                              // 30 s a page: a tenth (10 pages) takes 5 minutes
        Progress p = new Progress("load --bulk", new PrintWriter(sink), false, clock::read);
        for (int done = 1; done <= 100; done++) {
            p.pageDone(done, 100, PAGE);
        }
        List<Integer> done = doneCounts(sink.toString().lines().toList());
        assertEquals(List.of(1, 3, 5, 7, 9, 10, 12), done.subList(0, 7));
        assertEquals(100, done.get(done.size() - 1));
        for (int i = 1; i < done.size(); i++) {
            assertTrue(done.get(i) - done.get(i - 1) <= 2, "a gap of more than a minute before " + done.get(i));
        }
    }

    @Test
    void aTerminalGetsOneLineRedrawnInPlaceAndEndedWhenTheLoadEnds() {
        StringWriter sink = new StringWriter();
        Clock clock = new Clock();
        clock.step = 1_000_000L;                                   // 1 ms a page: a redraw every 200 pages
        Progress p = new Progress("n-quads", new PrintWriter(sink), true, clock::read);
        for (int done = 1; done <= 1000; done++) {
            p.pageDone(done, 1000, PAGE);
        }
        String text = sink.toString();
        assertEquals(text.length() - 1, text.replace("\n", "").length(), "one line end on a terminal, at the end");
        assertTrue(text.startsWith("\r") && text.endsWith(System.lineSeparator()));
        List<String> draws = Arrays.stream(text.strip().split("\r")).filter(s -> !s.isEmpty()).toList();
        assertEquals(List.of(1, 201, 401, 601, 801, 1000), doneCounts(draws));
    }

    @Test
    void theTestsOwnStandardErrorIsNotTakenForATerminal() {
        // surefire's forked JVM writes its standard error to a pipe to Maven; System.console() cannot tell
        assertFalse(ProgressListener.stderrIsTerminal());
    }

    private static List<Integer> doneCounts(List<String> lines) {
        return lines.stream().map(l -> {
            Matcher m = DONE.matcher(l);
            assertTrue(m.find(), l);
            return Integer.parseInt(m.group(1));
        }).toList();
    }
}
