package org.unionkg.article;

import java.util.List;

/**
 * Joins an article's lines into paragraphs. In PDF text every column end is a line break (and usually blank
 * lines), so a paragraph that runs over a column arrives cut in two: 推动工会 | 工作在新时代…. A line that does not
 * end a sentence, or a line that starts with a closing mark or comma, continues the line before it; any other
 * line starts a new paragraph. Stateless.
 */
final class ColumnBreakRepair {
    private ColumnBreakRepair() {
    }

    /** The lines as paragraphs separated by {@code \n}. */
    static String join(List<String> lines, ArticleCues cues) {
        StringBuilder sb = new StringBuilder();
        String prev = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (prev != null && (cues.endsSentence(prev) && !cues.startsAsContinuation(line))) {
                sb.append('\n');
            }
            sb.append(line);
            prev = line;
        }
        return sb.toString();
    }
}
