package org.unionkg.article;

import java.util.List;
import java.util.Objects;

/**
 * One article cut from a page.
 *
 * @param pageId    id of the page it is on
 * @param number    1-based position on the page
 * @param headline  the headline exactly as printed (Markdown marks removed)
 * @param decks     deck lines above or below the headline, in page order
 * @param byline    reporters, correspondents, interns and photographers
 * @param body      the article text with column breaks repaired, paragraphs separated by {@code \n};
 *                  without headline, decks, the 本报讯 lead marker and the byline brackets
 * @param kind      news report or photo item
 * @param start     offset of the article's first character (headline or deck) in {@link org.unionkg.page.Page#text()}
 * @param end       offset just after its last character in the page text
 */
public record Article(String pageId, int number, String headline, List<String> decks, Byline byline,
                      String body, ArticleKind kind, int start, int end) {
    public Article {
        Objects.requireNonNull(pageId, "pageId");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(kind, "kind");
        decks = List.copyOf(decks);
        if (number < 1) {
            throw new IllegalArgumentException("article number must be 1-based: " + number);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }

    /** A page-local id such as {@code 000_8c79aeed4abb6d7c-03}. */
    public String id() {
        // not String.format: this runs for every quad written, and the formatter dominated extraction profiles
        return pageId + (number < 10 ? "-0" : "-") + number;
    }
}
