package org.unionkg.article;

import java.util.List;

/**
 * The people credited with an article: the bracketed byline of the lead
 * （记者 边磊 通讯员 刘安琪） and any photo credit (本报记者 周美玉 摄影报道, 任洁 摄).
 *
 * @param credits in the order written
 * @param text    the byline as written, without brackets, for display
 */
public record Byline(List<Credit> credits, String text) {
    public static final Byline NONE = new Byline(List.of(), "");

    public Byline {
        credits = List.copyOf(credits);
        text = text == null ? "" : text;
    }

    public boolean isEmpty() {
        return credits.isEmpty();
    }
}
