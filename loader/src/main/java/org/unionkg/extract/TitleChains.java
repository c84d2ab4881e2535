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
        String s = t.text();
        List<String> found = new ArrayList<>();
        int cs = pos;
        while (true) {
            String title = titleEndingAt(t, cs);
            if (title == null) {
                break;
            }
            found.add(0, title);
            cs -= title.length();
            if (cs > 0 && (s.charAt(cs - 1) == '、' || s.charAt(cs - 1) == '，') && titleEndingAt(t, cs - 1) != null) {
                cs--;
                continue;
            }
            break;
        }
        return found.isEmpty() ? null : new Chain(found, s.substring(cs, pos), cs);
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
