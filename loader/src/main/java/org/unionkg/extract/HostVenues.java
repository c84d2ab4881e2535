package org.unionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Institutions that only host: an organisation the article names only as the place where something happens
 * (在北京市新河强制隔离戒毒所举行, 参观了北京市沐林教育矫治所、北京市未成年犯管教所) and that does nothing else in it
 * is a venue, not an organisation (gold guidelines, Places). One that also acts — a post in it, its union, an award,
 * a branch of it, an event it holds (承办) — stays an organisation; a hosting branch (…有限公司旧宫店) is a venue whose company stays named. The host words are {@code host-markers.tsv}. Thread-safe.
 */
final class HostVenues {
    private final List<String> markers;
    private final List<String> organiseWords;

    HostVenues() {
        LexiconTable t = LexiconTable.resource("host-markers.tsv");
        int w = t.index("word");
        int r = t.index("role");
        this.markers = t.rows().stream().filter(row -> !row.get(r).equals("organises")).map(row -> row.get(w))
                .sorted((a, b) -> b.length() - a.length()).toList();
        this.organiseWords = t.rows().stream().filter(row -> row.get(r).equals("organises")).map(row -> row.get(w))
                .sorted((a, b) -> b.length() - a.length()).toList();
    }

    /** Turns host-only organisations into venues, in the draft and in the mentions (replaced in place). */
    void apply(ArticleText t, List<Mention> mentions, FactDraft draft, java.util.function.Function<String, String> placeWithin) {
        String s = t.text();
        for (String name : List.copyOf(draft.orgs.keySet())) {
            OrgFact f = draft.orgs.get(name);
            if (f.type() != MentionType.ORGANIZATION || acts(name, draft)) {
                continue;
            }
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < mentions.size(); i++) {
                if (mentions.get(i).type() == MentionType.ORGANIZATION && mentions.get(i).canonical().equals(name)) {
                    at.add(i);
                }
            }
            if (at.isEmpty() || at.stream().anyMatch(i -> organises(s, mentions, i))
                    || !at.stream().allMatch(i -> hosted(s, mentions, i))) {
                continue;
            }
            draft.orgs.remove(name);
            draft.place(new PlaceFact(name, "venue", placeWithin.apply(name.startsWith("北京市") ? name.substring(3) : name)));
            List<Mention> owners = new ArrayList<>();
            for (int i : at) {
                Mention m = mentions.get(i);
                mentions.set(i, new Mention(MentionType.VENUE, m.text(), m.canonical(), m.start(), m.end()));
                // a branch that hosts (…有限公司旧宫店): the company is named in it, and stays an organisation
                if (f.parent() != null && m.text().startsWith(f.parent()) && draft.orgs.containsKey(f.parent())) {
                    owners.add(new Mention(MentionType.ORGANIZATION, f.parent(), f.parent(), m.start(), m.start() + f.parent().length()));
                }
            }
            mentions.addAll(owners);
        }
    }

    /** Anything the text says the body is or does besides hosting. */
    private static boolean acts(String name, FactDraft draft) {
        boolean related = draft.orgs.values().stream().anyMatch(o -> name.equals(o.parent()) || name.equals(o.employer()));
        boolean posts = draft.posts.stream().anyMatch(p -> p.organization().equals(name));
        boolean awards = draft.awards.stream().anyMatch(a -> a.awardee().equals(name) || name.equals(a.conferredBy()));
        return related || posts || awards;
    }

    /** After a host word, or next in a list (、) after a hosted name; and not 在…的 (在…的指导下). */
    private boolean hosted(String s, List<Mention> mentions, int i) {
        Mention m = mentions.get(i);
        if (m.end() < s.length() && s.charAt(m.end()) == '的') {
            return false;
        }
        if (markers.stream().anyMatch(w -> m.start() >= w.length() && s.startsWith(w, m.start() - w.length()))) {
            return true;
        }
        if (i > 0 && m.start() > 0 && s.charAt(m.start() - 1) == '、') {
            Mention before = mentions.get(i - 1);
            return before.end() == m.start() - 1 && Set.of(MentionType.ORGANIZATION, MentionType.VENUE).contains(before.type())
                    && hosted(s, mentions, i - 1);
        }
        return false;
    }

    /**
     * Right before an organising word, itself or at the end of a list (由甲、乙承办): 某某管理处承办; or its name so
     * written anywhere in the text (the finders need not have named it there).
     */
    private boolean organises(String s, List<Mention> mentions, int i) {
        String written = mentions.get(i).text();
        for (int k = s.indexOf(written); k >= 0; k = s.indexOf(written, k + 1)) {
            int e = k + written.length();
            if (organiseWords.stream().anyMatch(w -> s.startsWith(w, e))) {
                return true;
            }
        }
        int j = i;
        // 甲、乙承办: walk to the list's last name
        while (j + 1 < mentions.size() && mentions.get(j + 1).start() == mentions.get(j).end() + 1
                && s.charAt(mentions.get(j).end()) == '、') {
            j++;
        }
        int end = mentions.get(j).end();
        return organiseWords.stream().anyMatch(w -> s.startsWith(w, end));
    }
}
