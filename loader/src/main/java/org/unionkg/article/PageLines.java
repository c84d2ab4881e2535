package org.unionkg.article;

import org.unionkg.page.Page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a page's text into its non-blank lines, keeping each line's place in the page text. Markdown marks left
 * by some text extractions ({@code #} headings, {@code **bold**}, {@code __bold__}, rules) are dropped, and so are
 * the running header wherever it appears (it can repeat mid-page where a PDF column restarts) and editorial notes
 * such as （完） or （下转第2版）, which are neither title nor body. Stateless.
 */
final class PageLines {
    /** a Markdown heading mark at the start of a line: "## title" */
    private static final Pattern HEADING = Pattern.compile("^\\s*(#{1,6})(?=\\s|$)");
    /** bold or italic emphasis marks anywhere: **本报讯** */
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");
    /** a horizontal rule: ---, ***, ___ */
    private static final Pattern RULE = Pattern.compile("^\\s*([-*_])(\\s*\\1){2,}\\s*$");

    private PageLines() {
    }

    static List<PageLine> of(Page page, ArticleCues cues) {
        Set<String> headers = new HashSet<>();
        for (String h : cues.runningHeaders()) {
            headers.add(squeeze(h));
        }
        if (page.meta().runningHeader() != null && !page.meta().runningHeader().isBlank()) {
            headers.add(squeeze(page.meta().runningHeader()));
        }
        String text = page.text();
        List<PageLine> lines = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            PageLine line = clean(text, from, to);
            if (line != null && !headers.contains(squeeze(line.text())) && !cues.isEditorialNote(line.text())) {
                lines.add(line);
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return lines;
    }

    /** The clean line between {@code from} and {@code to} of {@code text}, or null when nothing is left. */
    private static PageLine clean(String text, int from, int to) {
        String raw = text.substring(from, to);
        if (RULE.matcher(raw).matches()) {
            return null;
        }
        int level = 0;
        boolean[] drop = new boolean[raw.length()];
        Matcher h = HEADING.matcher(raw);
        if (h.find()) {
            level = h.group(1).length();
            for (int i = 0; i < h.end(); i++) {
                drop[i] = true;
            }
        }
        Matcher e = EMPHASIS.matcher(raw);
        while (e.find()) {
            for (int i = e.start(); i < e.end(); i++) {
                drop[i] = true;
            }
        }
        StringBuilder sb = new StringBuilder();
        int first = -1;
        int last = -1;
        for (int i = 0; i < raw.length(); i++) {
            if (drop[i]) {
                continue;
            }
            char c = raw.charAt(i);
            if (sb.length() == 0 && isSpace(c)) {
                continue;
            }
            if (first < 0) {
                first = i;
            }
            sb.append(c);
            if (!isSpace(c)) {
                last = i;
            }
        }
        if (first < 0 || last < 0) {
            return null;
        }
        String clean = sb.toString().strip();
        // strip() misses the ideographic space used to indent Chinese paragraphs
        int end = clean.length();
        while (end > 0 && isSpace(clean.charAt(end - 1))) {
            end--;
        }
        return new PageLine(clean.substring(0, end), from + first, from + last + 1, level);
    }

    static boolean isSpace(char c) {
        if (c > '\u3000') { // the common case, Chinese text: no space character lies above the ideographic space
            return c == '\uFEFF';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** A line's text with all white space removed, for comparing with the running header. */
    private static String squeeze(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
