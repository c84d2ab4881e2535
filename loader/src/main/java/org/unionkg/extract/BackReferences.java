package org.unionkg.extract;

import java.util.List;

/**
 * Words that refer back to a body named earlier in the article (该公司, 该院, or a bare kind word such as 医院 right
 * before a unit of it), from {@code back-references.tsv}: the posts written after them are posts in that body.
 * Thread-safe.
 */
final class BackReferences {
    private final Lexicon lexicon;
    private final TitleShapes shapes;
    private final List<BackReference> forms;

    BackReferences(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.shapes = lexicon.titleShapes();
        LexiconTable refs = LexiconTable.resource("back-references.tsv");
        int endings = refs.index("endings");
        int bare = refs.index("bare");
        this.forms = refs.rows().stream()
                .map(r -> new BackReference(r.get(0), List.of(r.get(endings).split("\\|")), r.get(bare).equals("yes"))).toList();
    }

    /**
     * The body the words from {@code from} to {@code to} (the words before a title) refer back to: a back-reference
     * and a unit or line of work after it; the body is the nearest one named before it whose name ends as the
     * reference says (a union counts by its employer). Null when the words hold no back-reference to a named body.
     */
    Referent referent(ArticleText t, List<Mention> mentions, FactDraft draft, int from, int to) {
        String s = t.text();
        for (BackReference r : forms) {
            int at = s.substring(from, to).lastIndexOf(r.form());
            if (at < 0) {
                continue;
            }
            int start = from + at;
            int after = start + r.form().length();
            String rest = s.substring(after, to);
            boolean opens = start == from || s.charAt(start - 1) == '的';
            if (r.bare() ? !opens || !shapes.isUnit(rest)
                    : !rest.isEmpty() && !shapes.isUnit(rest) && !BodiesBeforeTitles.plainWords(lexicon, t, after, to)) {
                continue;
            }
            String body = null;
            int bodyEnd = -1;
            for (Mention m : mentions) {
                if (m.end() > start || m.end() <= bodyEnd) {
                    continue;
                }
                String name = m.type() == MentionType.ORGANIZATION ? m.canonical()
                        : m.type() == MentionType.UNION && draft.orgs.containsKey(m.canonical()) ? draft.orgs.get(m.canonical()).employer()
                        : null;
                if (name != null && r.endings().stream().anyMatch(name::endsWith)) {
                    body = name;
                    bodyEnd = m.end();
                }
            }
            if (body != null) {
                return new Referent(body, rest, start);
            }
        }
        return null;
    }

    /** A kind word alone before a unit of it (医院急诊科): no body of its own, whatever it refers to. */
    boolean isBareKindWithUnit(String words) {
        return forms.stream().anyMatch(r -> r.bare() && words.startsWith(r.form())
                && shapes.isUnit(words.substring(r.form().length())));
    }

    /** A word that refers back to a body named before: 该公司, 该院, 医院 (bare: only before a unit of the body). */
    private record BackReference(String form, List<String> endings, boolean bare) {}

    /** The body a back-reference stands for, the words after the reference (kept in the role text), and where it starts. */
    record Referent(String body, String department, int start) {}
}
