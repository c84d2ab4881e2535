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
    /**
     * After an honour: the list of its winners (获得者分别是：…, 获得者名单公布：…, “…”共10人，分别是：…, 获评“…”的有：…,
     * 获评“…”的6人是：…, 他们是：…), or a list that names itself by a colon (“…”名单如下：…, 首批“…”为：…). The named
     * groups say winners by themselves; the other shapes (的有, 他们是) need a verb of winning before the honour.
     */
    private static final Pattern WINNERS = Pattern.compile("^”?(?:荣誉)?(?:称号)?(?:"
            + "(?:名单(?:已?公布|揭晓|出炉|公示)[，,])?(?<winners>获得者)(?:\\d+[名人位个家])?(?:分别是|分别为|有|是|为|[：:])"
            + "|[，,](?:他们|她们|获奖者|获评者)(?:分别)?(?:是|为)[：:]"
            + "|(?<list>获得者名单)(?:已?公布|揭晓|出炉|公示)?[：:]"
            + "|”?(?<count>共[\\d一二三四五六七八九十百]+[名位人])[，,]?(?:分别是|分别为|他们是)[：:]"
            + "|的(?:职工|人员|个人|同志)?(?:\\d+[名人位个家])?(?:分别是|分别为|有|是)"
            + "|(?<self>名单如下|名单为|分别是|分别为|为|是)[：:])");
    /** Words of the article's lead (headline, decks, first paragraph) that say it reports the conferring itself. */
    private static final Pattern LEAD_CONFERS = Pattern.compile("获评|荣获|命名|表彰|授牌|揭晓|颁发|颁奖|授予|名单公布");
    /** Before an honour: the end of a list of its holders (…、庞某等首都劳动奖章获得者, 王某等12名“…”获得者). */
    private static final Pattern LIST_BEFORE_HOLDERS = Pattern.compile("等\\d*[名位人个]?“?$");
    /** After an honour: its holder named right after (获得者邵瑶飞, 称号的蔡志). */
    private static final Pattern HOLDER = Pattern.compile("^”?(?:荣誉)?(?:称号)?(?:(获得者)|的)");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年");
    /** What may stand around an honour listed in a holder's description: its edition and quotes, then 获得者 or 代表. */
    private static final Pattern EDITION_AROUND = Pattern.compile(
            "(?:(?:19|20)\\d\\d年度?)?(?:第[\\d一二三四五六七八九十]+届)?“?\\|”?(?:荣誉)?(?:称号)?(?:获得者|代表)?");
    /**
     * Between the last of a list of names and the verb of winning: nothing, 等10名职工, 等3人 (the list wins); or the
     * list's count and a short clause of its own before the verb (甲某、乙某3名选手脱颖而出，获评…): the count says the
     * list is one group of people, so the verb that follows is theirs.
     */
    private static final Pattern LISTED_BEFORE = Pattern.compile("(等\\d*[名位人]?\\p{IsHan}{0,4}"
            + "|等?(?:\\d+|[一二两三四五六七八九十]+)[名位人]\\p{IsHan}{0,8}[，,]?"
            // 甲公司的王某、乙集团的李某分获一、二等奖，并被授予…: 分获 says each name of the list won, so all hold it
            + "|(?:分获|分别获得|均)[^。；：]{0,12})?");
    /** What may stand before an honour that opens its clause: nothing, or the year it was won (2025年, 2024年度). */
    private static final Pattern OPENS_CLAUSE = Pattern.compile("((?:19|20)\\d\\d年度?)?");
    /** The longest description between an honour and its holder's name. */
    private static final int MAX_DESCRIPTION = 40;
    private static final List<String> FAMILIES = List.of("劳动模范", "先进工作者", "模范集体", "工匠", "劳动奖章", "大师工作室");

    private final Lexicon lexicon;
    private final WinnerLists winnerLists;
    private final HonourShapes shapes;

    AwardReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.winnerLists = new WinnerLists(lexicon);
        this.shapes = new HonourShapes(lexicon);
    }

    /** Whether the honour goes to a body: as honours.tsv says, or for one known by its shape, as its head says. */
    private boolean collective(String honour) {
        return lexicon.honour(honour).map(Lexicon.Honour::collective).orElseGet(() -> shapes.collective(honour));
    }

    void read(ArticleText t, List<Mention> mentions, FactDraft draft) {
        String s = t.text();
        for (Mention h : mentions) {
            if (h.type() != MentionType.HONOUR) {
                continue;
            }
            int sStart = t.sentenceStart(h.start());
            String before = s.substring(sStart, h.start());
            for (int w = winBefore(before); w >= 0; w = -1) {
                int cue = sStart + w;
                String win = WIN.stream().filter(v -> s.startsWith(v, cue)).findFirst().orElse(""); // the verb at the cue
                if (collective(h.canonical())) {
                    // 某公司曾获评北京市模范集体: a collective honour goes to the body that opens the clause of the verb;
                    // 甲公司、乙医院等12个集体获评“…”: to every body of the list joined by 、 or 和
                    int clause = lastClauseBreak(s, sStart, cue); // 、 joins the list: the clause runs to the last ，；：
                    List<Mention> bodies = mentions.stream().filter(m -> isBody(m) && m.start() >= clause && m.end() <= cue
                            && draft.orgs.containsKey(m.canonical())).toList();
                    for (Mention b : bodiesListedLast(s, bodies)) {
                        award(t, h, b, draft.orgs.get(b.canonical()), draft, once(s, cue));
                    }
                    if (bodies.isEmpty()) {
                        holderBodyAfter(t, h, mentions, draft, once(s, cue));
                    }
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
                    listEndingWith(t, mentions, named, sStart).forEach(p -> award(t, h, p, null, draft, once(s, cue)));
                } else {
                    award(t, h, last, null, draft, once(s, cue));
                }
                break;
            }
            String after = s.substring(h.end(), Math.min(s.length(), h.end() + 16));
            Matcher list = WINNERS.matcher(after);
            // 获评“大兴工匠”的分别是：… names the winners only after a verb of winning; 获得者为…, 获得者名单：…,
            // “…”共10人，分别是：… and 名单如下：… say winners by themselves
            boolean listed = list.find() && (list.group("winners") != null || list.group("list") != null
                    || list.group("count") != null || list.group("self") != null || WIN.stream().anyMatch(before::contains));
            if (listed) {
                int from = h.end() + list.end();
                int to = t.sentenceEnd(from);
                boolean confers = leadConfers(t);
                mentions.stream().filter(m -> m.type() == MentionType.PERSON && m.start() >= from && m.end() <= to)
                        .forEach(p -> listed(t, h, p, draft, confers));
            }
            Matcher holderOf = HOLDER.matcher(after);
            if (!collective(h.canonical()) && LIST_BEFORE_HOLDERS.matcher(before).find() && holderOf.find()
                    && holderOf.group(1) != null) {
                // 甲公司技师王某，乙医院护士长李某等首都劳动奖章获得者: the names listed before 等 hold it
                int cut = sStart + before.lastIndexOf('等');
                List<Mention> named = mentions.stream()
                        .filter(m -> m.type() == MentionType.PERSON && m.start() >= sStart && m.end() <= cut).toList();
                if (!named.isEmpty() && named.get(named.size() - 1).end() == cut) {
                    listEndingWith(t, mentions, named, sStart).forEach(p -> award(t, h, p, null, draft, false));
                }
            }
            Matcher holder = HOLDER.matcher(after);
            if (!listed && holder.find() && (holder.group(1) != null || WIN.stream().anyMatch(before::contains))) {
                // 2020年“朝阳工匠”获得者邵瑶飞…, 荣获“北京市劳动模范”称号的蔡志作了经验分享: the holder named right after;
                // both forms describe an honour held from before, dated only when a year is printed before it
                // 首都劳动奖章获得者、某医院针灸科主任医师X, 获评“…”称号的某公司高级工程师X: the first name of the clause that
                // follows, after the holder's own description
                int at = pastHonours(t, mentions, h.end() + holder.end() + (s.startsWith("、", h.end() + holder.end()) ? 1 : 0));
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
            describedHolder(t, h, nameAt, mentions, draft);
            if (h.canonical().endsWith("工作室")) {
                mentions.stream().filter(m -> m.type() == MentionType.PERSON && m.end() == h.start())
                        .forEach(p -> award(t, h, p, null, draft, false));
            }
        }
        winnerLists.read(t, mentions, draft);
    }

    /**
     * The names of a list that ends with the last of {@code named}: those joined to it by 、, or each described by a
     * body and a title and joined by ， (某公司车间主任张某，某中学物理教师李某).
     */
    private static List<Mention> listEndingWith(ArticleText t, List<Mention> mentions, List<Mention> named, int sStart) {
        String s = t.text();
        Mention last = named.get(named.size() - 1);
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
        return list;
    }

    /** The last body of the clause and the bodies joined to it by 、 or 和 before it (甲公司、乙医院和丙中学等). */
    private static List<Mention> bodiesListedLast(String s, List<Mention> bodies) {
        List<Mention> outer = bodies.stream()
                .filter(b -> bodies.stream().noneMatch(o -> o != b && o.start() <= b.start() && o.end() >= b.end()
                        && o.end() - o.start() > b.end() - b.start()))
                .toList();
        if (outer.isEmpty()) {
            return List.of();
        }
        List<Mention> list = new ArrayList<>(List.of(outer.get(outer.size() - 1)));
        for (int k = outer.size() - 2; k >= 0; k--) {
            Mention prev = outer.get(k);
            String gap = s.substring(Math.min(prev.end(), list.get(0).start()), list.get(0).start());
            if (!gap.equals("、") && !gap.equals("和") && !gap.equals("及")) {
                break;
            }
            list.add(0, prev);
        }
        return list;
    }

    /** 获评2025年北京市模范集体的某公司航站楼管理部: the body named right after the honour and 的 holds it. */
    private void holderBodyAfter(ArticleText t, Mention h, List<Mention> mentions, FactDraft draft, boolean held) {
        String s = t.text();
        int at = h.end() + (s.startsWith("”", h.end()) ? 1 : 0);
        if (!s.startsWith("的", at)) {
            return;
        }
        mentions.stream().filter(m -> isBody(m) && m.start() == at + 1 && draft.orgs.containsKey(m.canonical()))
                .max(java.util.Comparator.comparingInt(m -> m.end() - m.start()))
                .ifPresent(b -> award(t, h, b, draft.orgs.get(b.canonical()), draft, held));
    }

    private static boolean isBody(Mention m) {
        return m.type() == MentionType.ORGANIZATION || m.type() == MentionType.UNION;
    }

    /** A winner of a list after the honour: the year printed before it, else the page year when the lead confers it. */
    private void listed(ArticleText t, Mention honour, Mention person, FactDraft draft, boolean leadConfers) {
        Lexicon.Honour h = lexicon.honour(honour.canonical()).orElse(null);
        String conferredBy = h == null || h.conferredBy().isBlank() ? null : h.conferredBy();
        int from = t.sentenceStart(honour.start());
        Integer year = printedYear(t.text().substring(from, honour.start()));
        if (year == null) {
            year = familyYearBefore(t, honour);
        }
        if (year == null && (leadConfers || CONFERRED.matcher(t.text().substring(from, honour.start())).find())) {
            year = t.year();
        }
        draft.award(new AwardFact(MentionType.PERSON, person.text(), honour.canonical(), year, conferredBy,
                t.sentence(Math.min(honour.start(), person.start()), Math.max(honour.end(), person.end()))));
    }

    /** Whether the headline, a deck or the first paragraph says the article reports the conferring (…获评, 命名…). */
    private static boolean leadConfers(ArticleText t) {
        String s = t.text();
        int firstParagraphEnd = s.indexOf('\n');
        String lead = (firstParagraphEnd < 0 ? s.substring(0, t.bodyLength()) : s.substring(0, firstParagraphEnd))
                + s.substring(t.bodyLength());
        return LEAD_CONFERS.matcher(lead).find();
    }

    /** Records that the person (or, for a collective honour, the body) holds the honour. */
    void award(ArticleText t, Mention honour, Mention person, OrgFact body, FactDraft draft) {
        // called for an honour printed before a person's posts (北京市先进工作者、某医院护士长王某): a description
        // of the holder, dated by a year printed before it in its clause or its family, or by a verb of conferring
        // in its own clause (another holder's 获得者 earlier in a list says nothing of this one)
        int opening = honour.start() > 0 && t.text().charAt(honour.start() - 1) == '“' ? honour.start() - 1 : honour.start();
        int clause = t.clauseStart(opening);
        Integer year = printedYear(t.text().substring(clause, honour.start()));
        if (year == null) {
            year = familyYearBefore(t, honour);
        }
        if (year == null && CONFERRED.matcher(t.text().substring(clause, Math.max(clause, Math.min(t.text().length(),
                Math.max(person.end(), honour.end() + 4))))).find()) {
            year = t.year();
        }
        record(t, honour, person, body, draft, year);
    }

    /** @param held the sentence describes the honour as held from before: no page year for it */
    private void award(ArticleText t, Mention honour, Mention person, OrgFact body, FactDraft draft, boolean held) {
        // only what the sentence prints up to the pair counts (a year or 获评 later in a list is another holder's)
        int from = t.sentenceStart(Math.min(honour.start(), person.start()));
        String upTo = t.text().substring(from, Math.min(t.text().length(), Math.max(person.end(), honour.end() + 4)));
        int opening = honour.start() > 0 && t.text().charAt(honour.start() - 1) == '“' ? honour.start() - 1 : honour.start();
        Integer year = held ? printedYear(t.text().substring(t.clauseStart(opening), honour.start()))
                : year(t, honour, upTo);
        record(t, honour, person, body, draft, year);
    }

    private void record(ArticleText t, Mention honour, Mention person, OrgFact body, FactDraft draft, Integer year) {
        Lexicon.Honour h = lexicon.honour(honour.canonical()).orElse(null);
        boolean collective = collective(honour.canonical());
        if (collective && body == null) {
            return;
        }
        String conferredBy = h == null || h.conferredBy().isBlank() ? null : h.conferredBy();
        String sentence = t.sentence(Math.min(honour.start(), person.start()), Math.max(honour.end(), person.end()));
        if (collective) {
            draft.award(new AwardFact(body.type(), body.name(), honour.canonical(), year, conferredBy, sentence));
        } else {
            draft.award(new AwardFact(MentionType.PERSON, person.text(), honour.canonical(), year, conferredBy, sentence));
        }
    }

    /**
     * 2025年全国劳动模范、某医院呼吸科主任医师王某讲述…; 北京市先进工作者、该院护理部副主任李某分享…: an honour that
     * opens its clause (a year may stand before it), then 、 and the holder's description ending in the holder's
     * name, all in one clause. The honour describes the holder: held from before, dated only by a year printed before it.
     */
    private void describedHolder(ArticleText t, Mention h, int chainEnd, List<Mention> mentions, FactDraft draft) {
        String s = t.text();
        int at = chainEnd + (s.startsWith("”", chainEnd) ? 1 : 0);
        if (!s.startsWith("、", at) || collective(h.canonical())) {
            return;
        }
        int opening = h.start() > 0 && s.charAt(h.start() - 1) == '“' ? h.start() - 1 : h.start();
        if (!OPENS_CLAUSE.matcher(s.substring(t.clauseStart(opening), opening)).matches()) {
            return;
        }
        int end = at + 1;
        while (end < s.length() && end - at <= MAX_DESCRIPTION && "，；。：,;:\n".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        final int from = at + 1;
        final int to = end;
        Mention holder = mentions.stream().filter(m -> m.start() >= from && m.end() <= to
                        && (m.type() == MentionType.PERSON || m.type() == MentionType.HONOUR))
                .min(java.util.Comparator.comparingInt(Mention::start)).orElse(null);
        if (holder != null && holder.type() == MentionType.PERSON && holder.start() > from) {
            award(t, h, holder, null, draft, true);
        }
    }

    /** Where the verb of winning nearest before the honour stands in {@code before}, or -1; 获得者 is a holder, no verb. */
    private static int winBefore(String before) {
        int best = -1;
        for (String win : WIN) {
            for (int w = before.lastIndexOf(win); w >= 0; w = before.lastIndexOf(win, w - 1)) {
                if (!before.startsWith("获得者", w)) {
                    best = Math.max(best, w);
                    break;
                }
            }
        }
        return best;
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
     * joined by ， (某公司车间主任张某，某中学物理教师李某获评…): right after the ， a description names a body, and
     * neither a clause mark nor a verb stands between that body and the next name (the body's own name may hold words
     * the segmenter reads as verbs: 附属, 奔驰).
     */
    private static boolean describedNext(ArticleText t, List<Mention> mentions, Mention prev, Mention next) {
        String s = t.text();
        int from = prev.end() + 1;
        if (from >= next.start() || s.charAt(prev.end()) != '，' || next.start() - from > MAX_DESCRIPTION) {
            return false;
        }
        if (s.substring(from, next.start()).chars().anyMatch(c -> ArticleText.isClauseMark((char) c))) {
            return false;
        }
        int bodyEnd = mentions.stream().filter(m -> m.start() >= from && m.end() <= next.start()
                        && (m.type() == MentionType.ORGANIZATION || m.type() == MentionType.UNION))
                .mapToInt(Mention::end).max().orElse(-1);
        return bodyEnd >= 0 && t.tokensIn(bodyEnd, next.start()).stream().noneMatch(Token::isVerb);
    }

    /**
     * Past the honours that a holder's description lists first, each closed by 、 (首都劳动奖章获得者、第一届“某工匠”、
     * 某公司车间主任王某): where the description proper starts. An honour with only its edition or quotes around it
     * is skipped; anything else stops the walk.
     */
    private static int pastHonours(ArticleText t, List<Mention> mentions, int at) {
        String s = t.text();
        while (true) {
            int end = clauseEnd(s, at);
            final int from = at;
            Mention h = mentions.stream().filter(m -> m.type() == MentionType.HONOUR && m.start() >= from && m.end() <= end)
                    .findFirst().orElse(null);
            if (h == null || end >= s.length() || s.charAt(end) != '、'
                    || !EDITION_AROUND.matcher(s.substring(from, h.start()) + "|" + s.substring(h.end(), end)).matches()) {
                return at;
            }
            at = end + 1;
        }
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
        Integer family = familyYearBefore(t, honour);
        if (family != null) {
            return family;
        }
        return CONFERRED.matcher(sentence).find() ? t.year() : null;
    }

    /**
     * A year printed before the honour's family earlier in the article (通州区2025年全国、北京市劳动模范…); a year
     * after the honour (自2021年起开展“某工匠”选树) tells when the honour began, not when this one was won.
     */
    private static Integer familyYearBefore(ArticleText t, Mention honour) {
        String family = FAMILIES.stream().filter(f -> honour.canonical().contains(f)).findFirst().orElse(null);
        if (family == null) {
            return null;
        }
        Matcher a = YEAR.matcher(t.text());
        while (a.find()) {
            if (a.start() > honour.start() && a.start() < t.bodyLength()) {
                continue; // the headline (after the body) may still print it
            }
            int stop = t.sentenceEnd(a.end());
            String span = t.text().substring(a.end(), Math.min(stop, a.end() + 25));
            // the year covers this honour when its scope stands among those the year opens (2025年全国、北京市劳动模范)
            // or the honour itself follows (2025年全国劳动模范、北京市劳动模范), not when it dates another honour of the
            // family only (2025年全国劳动模范、某医院主任医师王某；北京市劳动模范、…)
            String scope = honour.canonical().substring(0, honour.canonical().indexOf(family));
            if (span.contains(honour.canonical())
                    || span.contains(family) && span.substring(0, span.indexOf(family)).contains(scope)) {
                return Integer.valueOf(a.group(1));
            }
        }
        return null;
    }
}
