package org.unionkg.extract;

import java.util.List;
import java.util.Map;

/**
 * Posts written after the holder's name: an election (补选刘建华为北京市商务服务业工会第二届委员会副主席), a name said to
 * be a body's title-holder (冯建华是昌平区人社局劳动保障监察大队队长, 王某是该公司数控车间主任), and a name that is a clause
 * of its own described by the next clause (其中，王某，某公司车间主任，…). Thread-safe.
 */
final class PostsAfterNames {
    private final TitleChains chains;
    private final BackReferences backReferences;
    private final PostRecorder recorder;

    PostsAfterNames(TitleChains chains, BackReferences backReferences, PostRecorder recorder) {
        this.chains = chains;
        this.backReferences = backReferences;
        this.recorder = recorder;
    }

    void read(ArticleText t, List<Mention> mentions, FactDraft draft) {
        elections(t, mentions, draft);
        identities(t, mentions, draft);
    }

    /**
     * A post written for an election: person, 为, the body (with a department, kept in the role text), then the titles.
     */
    private void elections(ArticleText t, List<Mention> mentions, FactDraft draft) {
        String s = t.text();
        for (Mention person : mentions) {
            if (person.type() != MentionType.PERSON || !s.startsWith("为", person.end())) {
                continue;
            }
            int at = person.end() + 1;
            Mention org = mentions.stream().filter(m -> m.start() == at && BodiesBeforeTitles.isBody(m)).findFirst().orElse(null);
            if (org == null) {
                continue;
            }
            int titlesFrom = draft.departmentStarts.entrySet().stream().filter(e -> e.getValue() == org.end())
                    .map(Map.Entry::getKey).findFirst().orElse(org.end());
            TitleChains.Chain chain = null;
            for (int end = titlesFrom + 1; end <= Math.min(s.length(), titlesFrom + 20); end++) {
                TitleChains.Chain c = chains.endingAt(t, end);
                if (c != null && c.start() == titlesFrom) {
                    chain = c;
                }
            }
            if (chain != null) {
                recorder.record(person.text(), org.canonical(), chain, s.substring(org.end(), titlesFrom),
                        t.sentence(person.start(), chain.end()), draft);
            }
        }
    }

    /**
     * A name said to be a body's title-holder: the body right after 是, the title closing the clause, the words between
     * them its department as written; or a name described by the clause after it.
     */
    private void identities(ArticleText t, List<Mention> mentions, FactDraft draft) {
        String s = t.text();
        for (Mention person : List.copyOf(mentions)) {
            // 王某，某公司车间主任，…: a name that is a clause of its own, described by the next clause
            boolean apposed = person.type() == MentionType.PERSON && s.startsWith("，", person.end()) && person.start() > 0
                    && "，；：".indexOf(s.charAt(person.start() - 1)) >= 0;
            if (person.type() != MentionType.PERSON || !s.startsWith("是", person.end()) && !apposed) {
                continue;
            }
            Mention body = mentions.stream().filter(m -> BodiesBeforeTitles.isBody(m) && m.start() == person.end() + 1)
                    .findFirst().orElse(null);
            int end = person.end() + 1;
            while (end < s.length() && (s.charAt(end) == '、' || !ArticleText.isClauseMark(s.charAt(end)))) {
                end++; // 是…主任、首席技师: the titles joined by 、 run to the clause's end
            }
            if (body == null) {
                // 王某是该公司数控车间主任: the body named before, by a word that refers back to it
                TitleChains.Chain chain = chains.endingAt(t, end);
                BackReferences.Referent ref = chain == null || chain.start() <= person.end() + 1 ? null
                        : backReferences.referent(t, mentions, draft, person.end() + 1, chain.start());
                if (ref != null && ref.start() == person.end() + 1 && chains.holdsPost(chain)) {
                    recorder.record(person.text(), ref.body(), chain, ref.department(), t.sentence(person.start(), end), draft);
                }
                continue;
            }
            end = body.end();
            while (end < s.length() && (s.charAt(end) == '、' || !ArticleText.isClauseMark(s.charAt(end)))) {
                end++;
            }
            TitleChains.Chain chain = chains.endingAt(t, end);
            if (chain == null || chain.start() < body.end() || chain.start() - body.end() > 10 || !chains.holdsPost(chain)) {
                continue;
            }
            recorder.record(person.text(), body.canonical(), chain, s.substring(body.end(), chain.start()),
                    t.sentence(person.start(), end), draft);
        }
    }
}
