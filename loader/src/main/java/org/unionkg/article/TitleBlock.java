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
        int head = 0;
        if (lines.size() > 1 && cues.endsWithKicker(lines.get(0).text())) {
            head = 1;
        }
        int firstLevel = lines.get(0).headingLevel();
        if (firstLevel > 0) {
            for (int i = 1; i < lines.size(); i++) {
                int level = lines.get(i).headingLevel();
                if (level > 0 && level < firstLevel && (head == 0 || level < lines.get(head).headingLevel())) {
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
