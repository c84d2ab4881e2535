package org.unionkg.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Posts written after the holder's name: an election (补选刘建华为北京市商务服务业工会第二届委员会副主席), a name said to
 * be a body's title-holder (冯建华是昌平区人社局劳动保障监察大队队长, 王某是该公司数控车间主任), and a name that is a clause
 * of its own described by the next clause (其中，王某，某公司车间主任，…). Thread-safe.
 */
final class PostsAfterNames {
    /** 的 (and a count of one: 一名, 一位) between a body and a title said of a name: 是某公司的一名司机. */
    private static final Pattern ONE_OF = Pattern.compile("^的(?:[一]?[名位个])?");
    /** A pronoun opening the clause after a name, then 是: 王某，她是… */
    private static final List<String> PRONOUN_IS = List.of("，她是", "，他是");

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
        bracketed(t, mentions, draft);
    }

    /**
     * A post in brackets after the name, as lists of winners print them: 王某（某某有限公司车间主任）、李某（…）. The
     * body opens the brackets, the titles close them, the words between are its department as written.
     */
    private void bracketed(ArticleText t, List<Mention> mentions, FactDraft draft) {
        String s = t.text();
        for (Mention person : List.copyOf(mentions)) {
            if (person.type() != MentionType.PERSON || !s.startsWith("（", person.end())) {
                continue;
            }
            int close = s.indexOf('）', person.end());
            if (close < 0 || close - person.end() > 60) {
                continue;
            }
            Mention body = mentions.stream().filter(m -> BodiesBeforeTitles.isBody(m) && m.start() == person.end() + 1)
                    .findFirst().orElse(null);
            TitleChains.Chain chain = chains.endingAt(t, close);
            if (body == null || chain == null || chain.start() < body.end() || !chains.holdsPost(chain)) {
                continue;
            }
            String department = s.substring(body.end(), chain.start());
            if (department.chars().anyMatch(c -> ArticleText.isClauseMark((char) c))) {
                continue;
            }
            recorder.record(person.text(), body.canonical(), chain, department, t.sentence(person.start(), close), draft);
        }
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
            // (说这话的是王某，某医院的一名护士: a name said after 的是 is described the same way)
            boolean apposed = person.type() == MentionType.PERSON && s.startsWith("，", person.end()) && person.start() > 0
                    && ("，；：".indexOf(s.charAt(person.start() - 1)) >= 0
                    || person.start() > 1 && s.startsWith("的是", person.start() - 2));
            // 王某，她是某街道总工会副主席: the pronoun opening the next clause is the name
            int is = PRONOUN_IS.stream().filter(p -> s.startsWith(p, person.end())).findFirst()
                    .map(p -> person.end() + p.length() - 1).orElse(person.end());
            if (person.type() != MentionType.PERSON || !s.startsWith("是", is) && !apposed) {
                continue;
            }
            Mention body = mentions.stream().filter(m -> BodiesBeforeTitles.isBody(m) && m.start() == is + 1)
                    .findFirst().orElse(null);
            int end = is + 1;
            while (end < s.length() && (s.charAt(end) == '、' || !ArticleText.isClauseMark(s.charAt(end)))) {
                end++; // 是…主任、首席技师: the titles joined by 、 run to the clause's end
            }
            if (body == null) {
                // 王某是该公司数控车间主任: the body named before, by a word that refers back to it
                TitleChains.Chain chain = chains.endingAt(t, end);
                BackReferences.Referent ref = chain == null || chain.start() <= is + 1 ? null
                        : backReferences.referent(t, mentions, draft, is + 1, chain.start());
                if (ref != null && ref.start() == is + 1 && chains.holdsPost(chain)) {
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
            // 是某公司的一名货车司机: 的 and a count of one belong to the sentence, not to the title
            String department = ONE_OF.matcher(s.substring(body.end(), chain.start())).replaceFirst("");
            recorder.record(person.text(), body.canonical(), chain, department, t.sentence(person.start(), end), draft);
        }
    }
}
