package org.unionkg.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code unionkg evaluate} scores the seed pages and the development pages apart, each under its own heading. */
class EvaluateCommandTest {

    @Test
    void seedAndDevelopmentPagesAreScoredApart() {
        UnionKgCliTest.Run run = UnionKgCliTest.run("evaluate");
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        int seeds = out.indexOf("== seed pages (the rules were written against these): 5 pages");
        int dev = out.indexOf("== development pages (" + EvaluateCommand.DEV_PAGES);
        assertTrue(seeds >= 0 && dev > seeds, out);
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("^== development pages \\(.*\\): (\\d+) pages")
                .matcher(out.substring(dev).lines().findFirst().orElseThrow());
        assertTrue(count.find() && Integer.parseInt(count.group(1)) >= 6, out);
        assertTrue(out.substring(dev).contains("people "), out);
        // the held-out section is printed, or said to be empty, after the development pages
        assertTrue(out.indexOf("== held-out pages", dev) > dev, out);
    }
}
