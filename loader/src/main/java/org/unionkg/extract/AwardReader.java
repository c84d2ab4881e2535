package org.unionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who holds which honour: a person before 获得/荣获 and an honour after it in one sentence (陈文静…获得本次竞赛
 * “朝阳工匠”荣誉称号); the people listed after an honour's 获得者分别是, or after 获评“…”的分别是/的有; the holder
 * named right after an honour (“朝阳工匠”获得者邵瑶飞, 荣获“…”称号的蔡志); a master's studio (姜峰国家级技能大师工作室);
 * an honour printed before a person's posts ({@link PostReader}); the winners an award article lists after 其中
 * ({@link WinnerLists}). Collective honours (北京市模范集体) go to the body.
 * The year is one printed in the sentence, else a year printed before the honour's family in the article
 * (通州区2025年全国、北京市劳动模范…), else the page year when the sentence confers it (获得, 颁发), else unknown.
 * Thread-safe.
 */
final class AwardReader {
    /** Verbs of winning; 曾获 (崔某曾获首都劳动奖章) tells of an honour held from before. */
    private static final List<String> WIN = List.of("获得", "荣获", "获评", "被评为", "授予", "曾获");
    private static final Pattern CONFERRED = Pattern.compile("获得|荣获|获评|被评为|授予|颁发|荣誉称号|获得者");
    /** After an honour: the list of its winners (获得者分别是：…, 获评“…”的有：…). */
    private static final Pattern WINNERS = Pattern.compile("^”?(?:荣誉)?(?:称号)?(?:(?:名单(?:已?公布|揭晓|出炉|公示)[，,])?(获得者)(?:分别是|分别为|是|为|[：:])"
            + "|[，,](他们|她们|获奖者|获评者)(?:分别)?(?:是|为)[：:]"
            + "|(获得者名单)(?:已?公布|揭晓|出炉|公示)?[：:]|”?(共[\\d一二三四五六七八九十百]+[名位人])[，,]?(?:分别是|分别为|他们是)[：:]|的(?:职工|人员|个人|同志)?(?:分别是|分别为|有|是))");
    /** After an honour: its holder named right after (获得者邵瑶飞, 称号的蔡志). */
    private static final Pattern HOLDER = Pattern.compile("^”?(?:荣誉)?(?:称号)?(?:(获得者)|的)");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年");
    /** Between the last of a list of names and the verb of winning: nothing, 等10名职工, 等3人 (the list wins). */
    private static final Pattern LISTED_BEFORE = Pattern.compile("(等\\d*[名位人]?\\p{IsHan}{0,4})?");
    private static final List<String> FAMILIES = List.of("劳动模范", "先进工作者", "模范集体", "工匠", "劳动奖章", "大师工作室");

    private final Lexicon lexicon;
    private final WinnerLists winnerLists;

    AwardReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.winnerLists = new WinnerLists(lexicon);
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
                if (lexicon.honour(h.canonical()).map(Lexicon.Honour::collective).orElse(false)) {
                    // 某公司曾获评北京市模范集体: a collective honour goes to the body that opens the clause of the verb
                    int clause = t.clauseStart(cue);
                    mentions.stream().filter(m -> (m.type() == MentionType.ORGANIZATION || m.type() == MentionType.UNION)
                                    && m.start() >= clause && m.end() <= cue && draft.orgs.containsKey(m.canonical()))
                            .reduce((a, b) -> b)
                            .ifPresent(b -> award(t, h, b, draft.orgs.get(b.canonical()), draft, once(s, cue)));
                    break;
                }
                if (attributive(s, h)) {
                    break; // 获评“北京大工匠”称号的X: the holder is named after the honour, not before the verb
                }
                if (win.equals("授予")) {
                    // 授予赵某、钱某等10名职工“北京大工匠”称号: the names between the verb and the honour receive it
                    List<Mention> granted = mentions.stream().filter(m -> m.type() == MentionType.PERSON
                            && m.start() >= cue + win.length() && m.end() <= h.start()).toList();
                    if (!granted.isEmpty()) {
                        granted.forEach(p -> award(t, h, p, null, draft, false));
                        break;
                    }
                }
                List<Mention> named = mentions.stream()
                        .filter(m -> m.type() == MentionType.PERSON && m.start() >= sStart && m.end() <= cue).toList();
                if (named.isEmpty()) {
                    break;
                }
                Mention last = named.get(named.size() - 1);
                if (LISTED_BEFORE.matcher(s.substring(last.end(), cue)).matches()) {
                    // A、B、C等10名职工获评“…”称号, A、B获得…: every name of the list (joined by 、) before the verb holds it
                    int listStart = lastClauseBreak(s, sStart, last.start());
                    List<Mention> list = new ArrayList<>(List.of(last));
                    for (int k = named.size() - 2; k >= 0; k--) {
                        Mention prev = named.get(k);
                        boolean joined = prev.start() >= listStart && s.substring(prev.end(), list.get(0).start()).indexOf('、') >= 0;
                        if (!joined && !describedNext(t, mentions, prev, list.get(0))) {
                            break;
                        }
                        list.add(0, prev);
                        listStart = Math.min(listStart, lastClauseBreak(s, sStart, prev.start()));
                    }
                    list.forEach(p -> award(t, h, p, null, draft, once(s, cue)));
                } else {
                    award(t, h, last, null, draft, once(s, cue));
                }
                break;
            }
            String after = s.substring(h.end(), Math.min(s.length(), h.end() + 16));
            Matcher list = WINNERS.matcher(after);
            // 获评“大兴工匠”的分别是：… names the winners only after a verb of winning
            // group 1 (获得者为), 3 (获得者名单：) and 4 (“…”共10人，分别是：) say winners themselves; 的有, 他们是 only after a verb of winning
            boolean listed = list.find() && (list.group(1) != null || list.group(3) != null || list.group(4) != null
                    || WIN.stream().anyMatch(before::contains));
            if (listed) {
                int from = h.end() + list.end();
                int to = t.sentenceEnd(from);
                mentions.stream().filter(m -> m.type() == MentionType.PERSON && m.start() >= from && m.end() <= to)
                        .forEach(p -> award(t, h, p, null, draft));
            }
            Matcher holder = HOLDER.matcher(after);
            if (!listed && holder.find() && (holder.group(1) != null || WIN.stream().anyMatch(before::contains))) {
                // 2020年“朝阳工匠”获得者邵瑶飞…, 荣获“北京市劳动模范”称号的蔡志作了经验分享: the holder named right after;
                // both forms describe an honour held from before, dated only when a year is printed before it
                // 首都劳动奖章获得者、某医院针灸科主任医师X, 获评“…”称号的某公司高级工程师X: the first name of the clause that
                // follows, after the holder's own description
                int at = h.end() + holder.end() + (s.startsWith("、", h.end() + holder.end()) ? 1 : 0);
                int clauseEnd = clauseEnd(s, at);
                Mention holderName = mentions.stream().filter(m -> m.type() == MentionType.PERSON && m.start() >= at && m.end() <= clauseEnd)
                        .findFirst().orElse(null);
                // 获得首都劳动奖章的冯某、陈某: names joined by 、 right after the first are holders too
                while (holderName != null) {
                    award(t, h, holderName, null, draft, true);
                    final int next = holderName.end() + 1;
                    holderName = holderName.end() < s.length() && s.charAt(holderName.end()) == '、' ? mentions.stream()
                            .filter(m -> m.type() == MentionType.PERSON && m.start() == next).findFirst().orElse(null) : null;
                }
            }
            // 全国劳动模范韦志成, 全国劳动模范、北京大工匠韦志成: honours written right before a name (joined by 、) are held
            int next = h.end();
            while (true) {
                final int at = next;
                Mention more = s.startsWith("、", at) ? mentions.stream()
                        .filter(m -> m.type() == MentionType.HONOUR && m.start() == at + 1).findFirst().orElse(null) : null;
                if (more == null) {
                    break;
                }
                next = more.end();
            }
            final int nameAt = next < s.length() && s.charAt(next) == '”' ? next + 1 : next; // “北京大工匠”赵某
            mentions.stream().filter(m -> m.type() == MentionType.PERSON && m.start() == nameAt).findFirst()
                    .ifPresent(p -> award(t, h, p, null, draft, true));
            if (h.canonical().endsWith("工作室")) {
                mentions.stream().filter(m -> m.type() == MentionType.PERSON && m.end() == h.start())
                        .forEach(p -> award(t, h, p, null, draft));
            }
        }
        winnerLists.read(t, mentions, draft);
    }

    /** Records that the person (or, for a collective honour, the body) holds the honour. */
    void award(ArticleText t, Mention honour, Mention person, OrgFact body, FactDraft draft) {
        award(t, honour, person, body, draft, false);
    }

    /** @param held the sentence describes the honour as held from before: no page year for it */
    private void award(ArticleText t, Mention honour, Mention person, OrgFact body, FactDraft draft, boolean held) {
        Lexicon.Honour h = lexicon.honour(honour.canonical()).orElse(null);
        boolean collective = h != null && h.collective();
        if (collective && body == null) {
            return;
        }
        String conferredBy = h == null || h.conferredBy().isBlank() ? null : h.conferredBy();
        String sentence = t.sentence(Math.min(honour.start(), person.start()), Math.max(honour.end(), person.end()));
        // only what the sentence prints up to the pair counts (a year or 获评 later in a list is another holder's)
        int from = t.sentenceStart(Math.min(honour.start(), person.start()));
        String upTo = t.text().substring(from, Math.min(t.text().length(), Math.max(person.end(), honour.end() + 4)));
        int opening = honour.start() > 0 && t.text().charAt(honour.start() - 1) == '“' ? honour.start() - 1 : honour.start();
        Integer year = held ? printedYear(t.text().substring(t.clauseStart(opening), honour.start()))
                : year(t, honour, upTo);
        if (collective) {
            draft.award(new AwardFact(body.type(), body.name(), honour.canonical(), year, conferredBy, sentence));
        } else {
            draft.award(new AwardFact(MentionType.PERSON, person.text(), honour.canonical(), year, conferredBy, sentence));
        }
    }

    /** 曾获评, 曾荣获: the verb of winning tells of an earlier time, so the honour is held from before. */
    private static boolean once(String s, int cue) {
        return cue > 0 && s.charAt(cue - 1) == '曾' || s.startsWith("曾获", cue);
    }

    /** 获评“…”称号的, “…”获得者: the honour describes a holder named after it. */
    private static boolean attributive(String s, Mention h) {
        Matcher m = HOLDER.matcher(s.substring(h.end(), Math.min(s.length(), h.end() + 8)));
        return m.find() && m.group(1) == null;
    }

    /**
     * Whether the name {@code next} follows {@code prev} in a list whose items are each a body, a title and a name,
     * joined by ， (某公司车间主任张某，某中学物理教师李某获评…): right after the ， a body is named, and no verb
     * nor clause mark stands before the next name.
     */
    private static boolean describedNext(ArticleText t, List<Mention> mentions, Mention prev, Mention next) {
        String s = t.text();
        int from = prev.end() + 1;
        if (from >= next.start() || s.charAt(prev.end()) != '，') {
            return false;
        }
        boolean body = mentions.stream().anyMatch(m -> m.start() == from
                && (m.type() == MentionType.ORGANIZATION || m.type() == MentionType.UNION));
        return body && s.substring(from, next.start()).chars().noneMatch(c -> ArticleText.isClauseMark((char) c) || c == '、')
                && t.tokensIn(from, next.start()).stream().noneMatch(Token::isVerb);
    }

    /** The start of the clause (after the last ，；： before {@code at}), not before {@code from}. */
    private static int lastClauseBreak(String s, int from, int at) {
        for (int i = at - 1; i >= from; i--) {
            if ("，；：,;:".indexOf(s.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return from;
    }

    /** The end of the clause that starts at {@code at}: the next ，、；。 or the text's end. */
    private static int clauseEnd(String s, int at) {
        for (int i = at; i < s.length(); i++) {
            if ("，、；。,;".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static Integer printedYear(String sentence) {
        Matcher y = YEAR.matcher(sentence);
        return y.find() ? Integer.valueOf(y.group(1)) : null;
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
