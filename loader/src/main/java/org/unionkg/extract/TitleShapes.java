package org.unionkg.extract;

import java.util.Comparator;
import java.util.List;

/**
 * Recognises a post title by its shape when {@code titles.tsv} does not list it: modifiers then a head word
 * (首席 + 技师, 常务 + 副 + 主席, 主治 + 医师), or modifiers then a word the segmenter tags as a job title and that
 * ends like one (检验员, 厨师长). Papers coin titles faster than a list can follow; their heads are few. The words are in
 * {@code title-shapes.tsv}. Immutable; thread-safe.
 */
final class TitleShapes {
    private static final String JOB_TITLE = "nnt";
    private static final int MAX_MODIFIERS = 3;
    private static final int MAX_UNIT_WORDS = 12;

    private final EndingWords heads;
    private final EndingWords modifiers;
    private final List<String> units;
    private final List<String> endings;

    TitleShapes(LexiconTable table) {
        int part = table.index("part");
        this.heads = new EndingWords(words(table, part, "head"));
        this.modifiers = new EndingWords(words(table, part, "modifier"));
        this.units = words(table, part, "unit");
        this.endings = words(table, part, "ending");
    }

    static TitleShapes standard() {
        return new TitleShapes(LexiconTable.resource("title-shapes.tsv"));
    }

    private static List<String> words(LexiconTable table, int part, String kind) {
        return table.rows().stream().filter(r -> List.of(r.get(part).split("\\|")).contains(kind)).map(r -> r.get(0))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * The longest title of this shape that ends at {@code pos} of the text, or null. {@code jobTitleLength} is the
     * length of a token the segmenter tagged as a job title ending there (0 when none).
     */
    String endingAt(String s, int pos, int jobTitleLength) {
        String h = heads.endingAt(s, pos);
        int start = h == null ? -1 : pos - h.length();
        if (jobTitleLength > 0 && (start < 0 || pos - jobTitleLength < start)) {
            start = pos - jobTitleLength;
        }
        if (start < 0) {
            return null;
        }
        for (int n = 0; n < MAX_MODIFIERS; n++) {
            String m = modifiers.endingAt(s, start);
            if (m == null) {
                break;
            }
            start -= m.length();
        }
        return s.substring(start, pos);
    }

    /** The longest title of this shape ending at pos, with the segmenter's job-title tokens as heads. */
    String endingAt(ArticleText t, int pos) {
        Token tok = pos > 0 ? t.tokenAt(pos - 1) : null;
        int job = tok != null && tok.end() == pos && JOB_TITLE.equals(tok.nature())
                && endsLikeTitle(tok.word()) ? tok.word().length() : 0;
        return endingAt(t.text(), pos, job);
    }

    /** A loop, not a stream: the segmenter tags 职工 as a job title, so this runs at many positions of every article. */
    private boolean endsLikeTitle(String word) {
        for (String e : endings) {
            if (word.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text right before pos ends like a job title (…运维员, …技师, …厨师长): where a name after it begins. */
    boolean titleEndsBefore(String s, int pos) {
        for (String e : endings) {
            if (pos >= e.length() && s.startsWith(e, pos - e.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is a title of this shape on its own (首席技师, 主治医师): a head with modifiers before it. */
    boolean isTitle(String word) {
        return word.equals(endingAt(word, word.length(), 0));
    }

    /** Whether the words between a body and a title name a unit of the body (设备部, 心理科, 炼钢作业部). */
    boolean isUnit(String words) {
        return !words.isEmpty() && words.length() <= MAX_UNIT_WORDS && units.stream().anyMatch(words::endsWith)
                && !units.contains(words);
    }
}
