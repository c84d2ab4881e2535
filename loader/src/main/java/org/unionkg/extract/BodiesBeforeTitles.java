package org.unionkg.extract;

import java.util.List;

/**
 * The body a title before a name belongs to, when the text names it before the title: right before it or a few
 * characters before (中国科学院大学参赛教职工), before a unit of it (北京首钢股份有限公司设备部高级技师), or before a
 * line of work or project named without a unit word (某公司钢结构项目经理, 某学校化学教研组教师). Thread-safe.
 */
final class BodiesBeforeTitles {
    /** The most characters between a body and a title that still make the title the body's. */
    private static final int MAX_GAP = 3;
    /** The most words of a line of work between a body and a title (房山新城项目, 木版水印). */
    private static final int MAX_WORK = 8;

    private final Lexicon lexicon;
    private final TitleShapes shapes;

    BodiesBeforeTitles(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.shapes = lexicon.titleShapes();
    }

    /** The union or organisation ending at pos, or a few characters before it (中国科学院大学参赛教职工). */
    static Mention endingAt(ArticleText t, List<Mention> mentions, int pos) {
        for (int gap = 0; gap <= MAX_GAP; gap++) {
            int end = pos - gap;
            if (gap > 0 && (end < 0 || ArticleText.isClauseMark(t.charAt(end)))) {
                return null;
            }
            for (Mention m : mentions) {
                if (m.end() == end && isBody(m)) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * The body ending where a unit of it (设备部, 心理科, 亦庄生产基地炮制车间) ends right before pos, or null; a place may
     * name the unit, another body may not.
     */
    Mention beforeUnit(ArticleText t, List<Mention> mentions, int pos) {
        for (Mention m : mentions) {
            if (isBody(m) && m.end() < pos
                    && shapes.isUnit(t.text().substring(m.end(), pos))
                    && t.text().substring(m.end(), pos).chars().noneMatch(c -> ArticleText.isClauseMark((char) c))
                    && mentions.stream().noneMatch(o -> o != m && o.type() != MentionType.PLACE
                            && o.start() >= m.end() && o.start() < pos)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The body ending a few words before pos when those words are plain nouns (木版水印, 钢结构项目, 化学教研组): the line of
     * work or project the title belongs to, kept in the role text. A verb, a function word or another name between
     * them means the body is not the title's.
     */
    Mention beforeWork(ArticleText t, List<Mention> mentions, int pos) {
        for (Mention m : mentions) {
            if (!isBody(m) || m.end() >= pos || pos - m.end() > MAX_WORK) {
                continue;
            }
            boolean plain = plainWords(lexicon, t, m.end(), pos)
                    && mentions.stream().noneMatch(o -> o != m && o.start() < pos && o.end() > m.end());
            if (plain) {
                return m;
            }
        }
        return null;
    }

    /** Whether the words between from and to are nouns only (房山新城项目, 木版水印), no name among them. */
    static boolean plainWords(Lexicon lexicon, ArticleText t, int from, int to) {
        return from < to && t.text().substring(from, to).chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && t.tokensIn(from, to).stream().allMatch(tok -> tok.start() >= from && tok.end() <= to
                        && tok.nature().startsWith("n") && !tok.nature().startsWith("nr") && !lexicon.isStopWord(tok.word()));
    }

    static boolean isBody(Mention m) {
        return m.type() == MentionType.UNION || m.type() == MentionType.ORGANIZATION;
    }
}
