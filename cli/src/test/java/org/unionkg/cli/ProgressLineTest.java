package org.unionkg.cli;

import org.junit.jupiter.api.Test;

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

/** The load command's progress, driven page by page with a fake clock: what a log and a terminal receive. */
class ProgressLineTest {
    private static final Path PAGE = Path.of("page.txt");
    private static final Pattern DONE = Pattern.compile("\\[(\\d+)/(\\d+)]");

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
    void aLogGetsAWholeLineFromTheFirstPageAndEveryFivePercent() {
        StringWriter sink = new StringWriter();
        Clock clock = new Clock();
        clock.step = 10_000_000L;                                  // 10 ms a page
        ProgressLine p = new ProgressLine(new PrintWriter(sink), false, clock::read);
        for (int done = 1; done <= 200; done++) {
            p.pageDone(done, 200, PAGE);
        }
        p.finish();
        String text = sink.toString();
        assertFalse(text.contains("\r"), text);
        List<Integer> done = doneCounts(List.of(text.split(System.lineSeparator())));
        assertEquals(21, done.size(), text);                       // the first page, then 5%, 10% ... 100%
        assertEquals(List.of(1, 10, 20, 30), done.subList(0, 4));
        assertEquals(200, done.get(20));
        assertTrue(text.endsWith("[200/200] 100%  100.0 pages/s  ETA 0s" + System.lineSeparator()), text);
    }

    @Test
    void aSlowLoadWritesALineAMinuteToItsLog() {
        StringWriter sink = new StringWriter();
        Clock clock = new Clock();
        clock.step = 40_000_000_000L;                              // 40 s a page, 5% (5 pages) over 3 minutes
        ProgressLine p = new ProgressLine(new PrintWriter(sink), false, clock::read);
        for (int done = 1; done <= 100; done++) {
            p.pageDone(done, 100, PAGE);
        }
        List<Integer> done = doneCounts(List.of(sink.toString().split(System.lineSeparator())));
        assertEquals(List.of(1, 3, 5, 7, 9, 10, 12), done.subList(0, 7));
        for (int i = 1; i < done.size(); i++) {
            assertTrue(done.get(i) - done.get(i - 1) <= 2, "more than a minute without a line before " + done.get(i));
        }
    }

    @Test
    void aTerminalGetsOneLineRedrawnInPlaceThatFinishEnds() {
        StringWriter sink = new StringWriter();
        Clock clock = new Clock();
        clock.step = 1_000_000L;                                   // 1 ms a page: a redraw every 200 pages
        ProgressLine p = new ProgressLine(new PrintWriter(sink), true, clock::read);
        for (int done = 1; done <= 1000; done++) {
            p.pageDone(done, 1000, PAGE);
        }
        assertFalse(sink.toString().contains("\n"), "no line end before finish");
        p.finish();
        String text = sink.toString();
        assertTrue(text.startsWith("\r") && text.endsWith(System.lineSeparator()));
        List<String> draws = Arrays.stream(text.strip().split("\r")).filter(s -> !s.isEmpty()).toList();
        assertEquals(List.of(1, 201, 401, 601, 801, 1000), doneCounts(draws));
    }

    @Test
    void aShortLoadPrintsNothing() {
        StringWriter sink = new StringWriter();
        ProgressLine p = new ProgressLine(new PrintWriter(sink), false, System::nanoTime);
        for (int done = 1; done < ProgressLine.MIN_PAGES; done++) {
            p.pageDone(done, ProgressLine.MIN_PAGES - 1, PAGE);
        }
        p.finish();
        assertEquals("", sink.toString());
    }

    private static List<Integer> doneCounts(List<String> lines) {
        return lines.stream().map(l -> {
            Matcher m = DONE.matcher(l);
            assertTrue(m.find(), l);
            return Integer.parseInt(m.group(1));
        }).toList();
    }
}
