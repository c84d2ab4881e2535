package org.unionkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who holds which honour: a person before 获得/荣获 and an honour after it in one sentence (陈文静…获得本次竞赛
 * “朝阳工匠”荣誉称号); the people listed after an honour's 获得者分别是; a master's studio (姜峰国家级技能大师工作室);
 * an honour printed before a person's posts ({@link PostReader}). Collective honours (北京市模范集体) go to the body.
 * The year is one printed in the sentence, else a year printed before the honour's family in the article
 * (通州区2025年全国、北京市劳动模范…), else the page year when the sentence confers it (获得, 颁发), else unknown.
 * Thread-safe.
 */
final class AwardReader {
    private static final List<String> WIN = List.of("获得", "荣获", "获评", "被评为", "授予");
    private static final Pattern CONFERRED = Pattern.compile("获得|荣获|获评|被评为|授予|颁发|荣誉称号|获得者");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年");
    private static final Pattern WINNERS = Pattern.compile("^”?获得者(分别是|分别为|有)");
    private static final List<String> FAMILIES = List.of("劳动模范", "先进工作者", "模范集体", "工匠", "劳动奖章", "大师工作室");

    private final Lexicon lexicon;

    AwardReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void read(ArticleText t, List<Mention> mentions, FactDraft draft) {
        String s = t.text();
        for (Mention h : mentions) {
            if (h.type() != MentionType.HONOUR) {
                continue;
            }
            int sStart = t.sentenceStart(h.start());
            String before = s.substring(sStart, h.start());
            for (String win : WIN) {
                int w = before.lastIndexOf(win);
                if (w < 0) {
                    continue;
                }
                int cue = sStart + w;
                mentions.stream().filter(m -> m.type() == MentionType.PERSON && m.start() >= sStart && m.end() <= cue)
                        .reduce((a, b) -> b)
                        .ifPresent(p -> award(t, h, p, null, draft));
                break;
            }
            String after = s.substring(h.end(), Math.min(s.length(), h.end() + 12));
            Matcher list = WINNERS.matcher(after);
            if (list.find()) {
                int from = h.end() + list.end();
                int to = t.sentenceEnd(from);
                mentions.stream().filter(m -> m.type() == MentionType.PERSON && m.start() >= from && m.end() <= to)
                        .forEach(p -> award(t, h, p, null, draft));
            }
            if (h.canonical().endsWith("工作室")) {
                mentions.stream().filter(m -> m.type() == MentionType.PERSON && m.end() == h.start())
                        .forEach(p -> award(t, h, p, null, draft));
            }
        }
    }

    /** Records that the person (or, for a collective honour, the body) holds the honour. */
    void award(ArticleText t, Mention honour, Mention person, OrgFact body, FactDraft draft) {
        Lexicon.Honour h = lexicon.honour(honour.canonical()).orElse(null);
        boolean collective = h != null && h.collective();
        if (collective && body == null) {
            return;
        }
        String conferredBy = h == null || h.conferredBy().isBlank() ? null : h.conferredBy();
        String sentence = t.sentence(Math.min(honour.start(), person.start()), Math.max(honour.end(), person.end()));
        Integer year = year(t, honour, sentence);
        if (collective) {
            draft.award(new AwardFact(body.type(), body.name(), honour.canonical(), year, conferredBy, sentence));
        } else {
            draft.award(new AwardFact(MentionType.PERSON, person.text(), honour.canonical(), year, conferredBy, sentence));
        }
    }

    private Integer year(ArticleText t, Mention honour, String sentence) {
        Matcher y = YEAR.matcher(sentence);
        if (y.find()) {
            return Integer.valueOf(y.group(1));
        }
        String family = FAMILIES.stream().filter(f -> honour.canonical().contains(f)).findFirst().orElse(null);
        if (family != null) {
            Matcher a = YEAR.matcher(t.text());
            while (a.find()) {
                int stop = t.sentenceEnd(a.end());
                String span = t.text().substring(a.end(), Math.min(stop, a.end() + 25));
                if (span.contains(family)) {
                    return Integer.valueOf(a.group(1));
                }
            }
        }
        return CONFERRED.matcher(sentence).find() ? t.year() : null;
    }
}
