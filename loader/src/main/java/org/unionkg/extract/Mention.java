package org.unionkg.extract;

import java.util.Objects;

/**
 * A name found in an article body.
 *
 * @param type      what it names
 * @param text      the text as written (市总工会)
 * @param canonical the canonical full name it stands for (北京市总工会), the key for resolution and IRIs
 * @param start     offset of the first character in {@link org.unionkg.article.Article#body()}
 * @param end       offset after the last character
 */
public record Mention(MentionType type, String text, String canonical, int start, int end) {
    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(canonical, "canonical");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
