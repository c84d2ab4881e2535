package org.unionkg.article;

import java.util.ArrayList;
import java.util.List;

/**
 * The title lines of an article (one to three short lines above its first paragraph) read as a headline and its
 * decks. The first line is the headline, unless it ends like a kicker (a line ending with —— or ：, a deck
 * above the headline) or Markdown heading marks rank a later line higher (# above ##).
 */
record TitleBlock(String headline, List<String> decks) {
    static final TitleBlock NONE = new TitleBlock("", List.of());

    static TitleBlock of(List<PageLine> lines, ArticleCues cues) {
        if (lines.isEmpty()) {
            return NONE;
        }
        int head = lines.size() > 1 && cues.endsWithKicker(lines.get(0).text()) ? 1 : 0;
        // Markdown marks, when the first line has one, outrank everything: the line with the fewest # is the headline
        if (lines.get(0).headingLevel() > 0) {
            for (int i = 0; i < lines.size(); i++) {
                int level = lines.get(i).headingLevel();
                int best = lines.get(head).headingLevel();
                if (level > 0 && (best == 0 || level < best)) {
                    head = i;
                }
            }
        }
        List<String> decks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i != head) {
                decks.add(lines.get(i).text());
            }
        }
        return new TitleBlock(lines.get(head).text(), decks);
    }
}
