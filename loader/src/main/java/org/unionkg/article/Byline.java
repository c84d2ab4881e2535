package org.unionkg.article;

import java.util.List;

/**
 * The people credited with an article: the bracketed byline of the lead
 * （记者 边磊 通讯员 刘安琪） and any photo credit (本报记者 周美玉 摄影报道, 任洁 摄).
 * Everyone named in a photo credit is credited twice when the credit gives their role: once in that role
 * (本报记者 → REPORTER, 实习记者 → INTERN, 通讯员 → CORRESPONDENT) and once as PHOTOGRAPHER; a bare name
 * (任洁 摄) only as PHOTOGRAPHER. The same name in the same role is listed once.
 *
 * @param credits in the order written
 * @param text    the byline as written, without brackets, for display; a report's lead byline and the photo
 *                credit under it are joined by {@code ；} (记者 任洁；任洁 摄)
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
