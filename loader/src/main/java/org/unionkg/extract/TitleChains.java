package org.unionkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Post titles as the text writes them before a name: the longest title ending at a point, one {@code titles.tsv} lists
 * or one of a title's shape (首席技师, 常务副主任), and titles joined by 、 or ， into a chain (党组成员、副主席，一级巡视员).
 * Thread-safe.
 */
final class TitleChains {
    /** The longest department name a chain takes in after a 、 (组织部, 村委会, 呼吸内科). */
    private static final int MAX_DEPARTMENT = 6;
    private final Lexicon lexicon;
    private final TitleShapes shapes;
    /** The listed titles written before a name, longest first. */
    private final List<String> titles;

    TitleChains(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.shapes = lexicon.titleShapes();
        this.titles = lexicon.titleWords().stream().filter(w -> lexicon.title(w).orElseThrow().beforeName())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Titles joined by 、 or ， ending exactly at pos, or null. */
    Chain endingAt(ArticleText t, int pos) {
        return endingAt(t, pos, 0);
    }

    /**
     * Titles joined by 、 or ， ending exactly at pos and starting at floor or after, or null: the chain after a body
     * whose name ends inside a listed title (某镇党委|副书记, where 党委副书记 is listed too).
     */
    Chain endingAt(ArticleText t, int pos, int floor) {
        String s = t.text();
        List<String> found = new ArrayList<>();
        int cs = pos;
        while (true) {
            final int at = cs;
            String title = titleEndingAt(t, cs);
            if (title != null && cs - title.length() < floor) {
                title = titles.stream().filter(x -> x.length() <= at - floor && s.startsWith(x, at - x.length()))
                        .findFirst().orElse(null);
            }
            if (title == null) {
                break;
            }
            found.add(0, title);
            cs -= title.length();
            if (cs > 0 && (s.charAt(cs - 1) == '、' || s.charAt(cs - 1) == '，') && titleEndingAt(t, cs - 1) != null) {
                cs--;
                continue;
            }
            int department = departmentEndingAt(s, cs);
            String before = department > 0 ? titleEndingAt(t, cs - department - 1) : null;
            if (before != null && title(before).post()) {
                // 党支部书记、村委会主任; 区委常委、组织部部长: a title in a department of the same body, kept as written
                cs -= department + 1;
                continue;
            }
            break;
        }
        return found.isEmpty() ? null : new Chain(found, s.substring(cs, pos), cs);
    }

    /**
     * The length of a department's name (村委会, 组织部, 护理部) ending at pos right after a 、, or 0: a department of
     * {@code sub-units.tsv} or a word of a unit's shape, at most {@value #MAX_DEPARTMENT} characters.
     */
    private int departmentEndingAt(String s, int pos) {
        for (int len = 2; len <= MAX_DEPARTMENT && pos - len - 1 >= 0; len++) {
            String words = s.substring(pos - len, pos);
            if (s.charAt(pos - len - 1) == '、' && (lexicon.departments().contains(words) || shapes.isUnit(words))
                    && words.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    && !namesBody(words)) {
                return len;
            }
        }
        return 0;
    }

    /** Whether the words open with a body's name (医院急诊科): then they are no department of the body before. */
    private boolean namesBody(String words) {
        for (int i = 2; i < words.length(); i++) {
            if (lexicon.suffixOf(words.substring(0, i)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** What a title of a chain is: as titles.tsv lists it, else a post title known by its shape. */
    Lexicon.Title title(String word) {
        return lexicon.title(word).orElseGet(() -> new Lexicon.Title(word, "", true, true));
    }

    /** Whether a title of the chain is a post, not only a word of belonging (成员, 参赛教职工). */
    boolean holdsPost(Chain chain) {
        return chain.titles().stream().anyMatch(x -> title(x).post());
    }

    /** Whether a title of the chain is known only by its shape, not listed in titles.tsv. */
    boolean hasShapedTitle(Chain chain) {
        return chain.titles().stream().anyMatch(x -> lexicon.title(x).isEmpty());
    }

    /** The longest title ending at pos: one titles.tsv lists, or one of a title's shape (首席技师, 常务副主任). */
    private String titleEndingAt(ArticleText t, int pos) {
        String s = t.text();
        String listed = null;
        for (String title : titles) {
            if (pos >= title.length() && s.startsWith(title, pos - title.length())) {
                listed = title;
                break;
            }
        }
        String shaped = pos > 0 ? shapes.endingAt(t, pos) : null;
        if (shaped != null && lexicon.title(shaped).filter(x -> !x.beforeName() || !x.post()).isPresent()) {
            shaped = null; // 老师, 教职工: the list says how these stand
        }
        return shaped != null && (listed == null || shaped.length() > listed.length()) ? shaped : listed;
    }

    /** Titles as written ({@code text}, from {@code start}), each title on its own. */
    record Chain(List<String> titles, String text, int start) {
        int end() {
            return start + text.length();
        }
    }
}
