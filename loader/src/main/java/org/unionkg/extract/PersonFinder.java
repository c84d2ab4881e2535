package org.unionkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people's names, only where a cue says a name stands there, because the segmenter's person tags alone are
 * unreliable (it tags 区人社, 东城园, 崔各庄 as names and misses 宗晓畅). Cues:
 * <ul>
 *   <li>a post title right before the name: 副主席张良, 执行委员长野口实, or a title known by its shape
 *       ({@link TitleShapes}: 首席技师罗建军, 厨师长付红梅);</li>
 *   <li>a title after it: 祁春利老师;</li>
 *   <li>a list of winners: …获得者分别是：…的张延明、…的陈明霞…和…的尹理才;</li>
 *   <li>a studio named after its master: 姜峰国家级技能大师工作室;</li>
 *   <li>来自…的陈文静;</li>
 *   <li>an election: 补选刘建华为…;</li>
 *   <li>the holder of an honour: “朝阳工匠”获得者邵瑶飞, 荣获“…”称号的蔡志;</li>
 *   <li>a segmenter person tag right before a verb of speech at the start of a clause (…，周阳说);</li>
 *   <li>a word for what the person does right before the name and a verb of speech ({@link SpeakersByRole}:
 *       快递员马春生说, 参训职工张宏伟表示);</li>
 *   <li>a name already found, wherever it recurs.</li>
 * </ul>
 * A name opens with a known surname and ends where a boundary word (参加, 表示, 、) or punctuation follows.
 * Thread-safe.
 */
public final class PersonFinder implements MentionFinder {
    private static final List<String> STUDIOS = List.of("国家级技能大师工作室", "技能大师工作室", "劳模创新工作室");
    private static final List<String> SPEECH = List.of("表示", "说", "介绍", "指出", "致辞", "在致辞",
            "是"); // 冯建华是…队长: a name that opens a clause and is said to be someone
    private static final Pattern FROM = Pattern.compile("来自[^，。；：、]{2,30}?的");
    /** 补选李国栋为…副主席: an election names the person right after it. */
    private static final Pattern ELECTED = Pattern.compile("补选|增补|选举|推选");
    /** “朝阳工匠”获得者邵瑶飞, 荣获“…”称号的蔡志: the holder of an honour, named right after it. */
    private static final Pattern HOLDER = Pattern.compile("”(?:荣誉)?(?:称号的|获得者)");
    /** After an honour: 的 (with its optional 称号), which makes the honour describe the names after it. */
    private static final Pattern HONOUR_OF = Pattern.compile("”?(?:荣誉)?(?:称号)?的");
    /** A verb of winning before the honour in its clause (获得首都劳动奖章的…). */
    private static final Pattern WON_BEFORE = Pattern.compile("获得|荣获|获评|被评为|被授予");
    /** The longest clause that describes a name put on its own (其中，王某，某公司车间主任，). */
    private static final int MAX_DESCRIPTION = 40;
    /**
     * Where a list of names starts: 分别是：, 名单如下：, 的6人是：; the winners of an honour named before (获得者为A、B、C,
     * 获得者名单公布：A、B, 获评“…”称号的职工有：A、B), whose names stand alone without a title.
     */
    private static final Pattern LIST = Pattern.compile("(?:分别是|分别为|名单如下|名单为|的\\d+[名人位](?:“[^”]{1,12}”)?(?:是|为))[：:]"
            + "|获得者(?:名单)?(?:分别是|分别为|是|为)[：:]?|获得者名单(?:已?公布|揭晓|出炉|公示)?[：:]|获得者[：:]"
            + "|”[，,](?:他们|她们|获奖者|获评者)(?:分别)?(?:是|为)[：:]"
            + "|(?:称号|奖章|工匠|模范|先进工作者)”?的(?:职工|人员|个人|同志)?(?:分别是|分别为|有|是)[：:]");
    /**
     * Bare names joined by 、 and closed by their count (甲某、乙某、丙某3名选手, 甲某、乙某等5人): the count says the items
     * are people. Each item is two to four characters; every one must read as a name, or none is taken.
     */
    private static final Pattern COUNTED_LIST = Pattern.compile(
            "((?:\\p{IsHan}{2,4}、)+\\p{IsHan}{2,4}?)等?(?:\\d+|[一二两三四五六七八九十]+)[名位人]");
    /** A name written without a Chinese surname after a title: one to three parts joined by · (阿卜杜·热合曼). */
    private static final int MAX_UNLISTED = 4;
    private static final int MAX_UNLISTED_PART = 6;
    /** The most characters between two names of a list each written after its own 的 (甲公司的王某、乙集团的李某). */
    private static final int MAX_ITEM = 30;

    private final Lexicon lexicon;
    private final WordIndex titles;
    private final TitleShapes shapes;
    private final WordIndex rightBoundaries;
    private final boolean emptyRightBoundary;
    /** Honours of the scheme: one written right before a name names its holder (全国劳动模范韦志成). */
    private final WordIndex honours;
    private final SpeakersByRole speakers;

    public PersonFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.titles = new WordIndex(lexicon.titleWords());
        this.shapes = lexicon.titleShapes();
        this.rightBoundaries = new WordIndex(lexicon.rightBoundaries());
        this.emptyRightBoundary = lexicon.rightBoundaries().contains("");
        this.honours = new WordIndex(lexicon.honourForms());
        this.speakers = new SpeakersByRole(lexicon, this::isName);
    }

    @Override
    public List<Mention> find(ArticleText t) {
        String s = t.text();
        Map<Integer, String> names = new LinkedHashMap<>();
        for (int i = 0; i < s.length(); i++) {
            for (String title : titles.at(s, i)) {
                Lexicon.Title tt = lexicon.title(title).orElseThrow();
                if (tt.beforeName()) {
                    int j = i + title.length();
                    String name = nameAt(t, j);
                    // a name without a surname only after a title that something stands before (a body, or a title
                    // joined by 、): a bare title opening its clause is as often followed by a verb (检察官以案释法)
                    boolean held = i > 0 && (s.charAt(i - 1) == '、' || !ArticleText.isClauseMark(s.charAt(i - 1)));
                    put(names, j, name != null ? name : held ? unlistedNameAt(t, j) : null);
                } else {
                    final int at = i;
                    nameEndingAt(t, i).ifPresent(n -> names.put(at - n.length(), n));
                }
            }
        }
        for (int e = 1; e < s.length(); e++) {
            String shaped = names.containsKey(e) ? null : shapes.endingAt(t, e);
            if (shaped != null && lexicon.title(shaped).isEmpty()) {
                put(names, e, nameAt(t, e));
            }
        }
        for (String studio : STUDIOS) {
            for (int i = s.indexOf(studio); i >= 0; i = s.indexOf(studio, i + 1)) {
                final int at = i;
                nameEndingAt(t, i).ifPresent(n -> names.put(at - n.length(), n));
            }
        }
        for (int i = 0; i < s.length(); i++) {
            for (String honour : honours.at(s, i)) {
                if (!lexicon.honour(honour).map(Lexicon.Honour::collective).orElse(true)) { // 模范集体宣传片 names no one
                    put(names, i + honour.length(), nameAt(t, i + honour.length()));
                }
            }
        }
        // the patterns run only where their opening words occur: a regex scan of every article is costly
        Matcher from = FROM.matcher(s);
        for (int i = s.indexOf("来自"); i >= 0 && from.find(i); i = s.indexOf("来自", from.end())) {
            // 来自某公司的职工志愿者王某现场…: what the person does (one or two role words) may stand before the name
            int at = from.end();
            String name = nameAt(t, at);
            for (int k = 0; k < 2 && name == null && speakers.roleAt(s, at) != null; k++) {
                at += speakers.roleAt(s, at).length();
                name = nameAt(t, at);
            }
            put(names, at, name);
        }
        // 授予赵某、钱某等10名职工“…”称号, 获得首都劳动奖章的冯某、陈某: names joined by 、 after the verb or the 的
        for (int i = s.indexOf("授予"); i >= 0; i = s.indexOf("授予", i + 1)) {
            joinedNames(t, i + 2, names);
        }
        for (int i = 0; i < s.length(); i++) {
            for (String honour : honours.at(s, i)) {
                Matcher of = HONOUR_OF.matcher(s.substring(i + honour.length(), Math.min(s.length(), i + honour.length() + 6)));
                if (of.lookingAt() && WON_BEFORE.matcher(s.substring(t.clauseStart(i), i)).find()) {
                    joinedNames(t, i + honour.length() + of.end(), names);
                }
            }
        }
        Matcher holder = HOLDER.matcher(s);
        while (holder.find()) {
            put(names, holder.end(), nameAt(t, holder.end()));
        }
        if (s.contains("补选") || s.contains("增补") || s.contains("选举") || s.contains("推选")) {
            Matcher elected = ELECTED.matcher(s);
            while (elected.find()) {
                put(names, elected.end(), nameAt(t, elected.end()));
            }
        }
        if (s.contains("分别") || s.contains("名单") || s.contains("获得者") || s.contains("有：")
                || s.contains("们是") || s.contains("者为") || s.contains("者是")
                || s.contains("人是") || s.contains("名是") || s.contains("人为") || s.contains("”是：") || s.contains("”为：")) {
            listNames(t, names);
        }
        bracketedAfterHonour(t, names);
        electedInTurn(t, names);
        countedLists(t, names);
        appositions(t, names);
        speakers.find(t, names);
        namesAfterOf(t, names);
        namesJoined(t, names);
        for (Token tok : t.tokens()) {
            if (tok.isPersonName() && tok.word().length() >= 2 && tok.word().length() <= 3
                    && lexicon.surnameLength(tok.word()) > 0
                    && (tok.start() == 0 || ArticleText.isClauseMark(s.charAt(tok.start() - 1)))
                    && SPEECH.stream().anyMatch(v -> s.startsWith(v, tok.end()))) {
                names.put(tok.start(), tok.word());
            }
        }
        List<Mention> out = new ArrayList<>();
        for (String name : new java.util.LinkedHashSet<>(names.values())) {
            for (int i = s.indexOf(name); i >= 0; i = s.indexOf(name, i + name.length())) {
                out.add(new Mention(MentionType.PERSON, name, name, i, i + name.length()));
            }
        }
        return out;
    }

    /**
     * A name right after a listed title that opens with no Chinese surname (Mongolian 乌日娜, Uyghur 阿卜杜·热合曼 written
     * with ·): the words up to a listed right boundary (带队, 一行, 参加) or a clause mark, when the segmenter ends them
     * in a person's name (nr, nrf) and reads no verb among them, or whatever it reads when Han parts are joined by ·
     * (the form of a transliterated name). A listed boundary, not a
     * guessed verb, must close it: without a surname nothing else says where such a name ends.
     */
    private String unlistedNameAt(ArticleText t, int j) {
        String s = t.text();
        int e = j;
        while (e < s.length() && e - j <= MAX_UNLISTED_PART * 3 && !ArticleText.isClauseMark(s.charAt(e))
                && rightBoundaries.longestAt(s, e) == null) {
            e++;
        }
        if (e >= s.length() || !(ArticleText.isClauseMark(s.charAt(e)) || rightBoundaries.longestAt(s, e) != null)) {
            return null;
        }
        String cand = s.substring(j, e);
        String[] parts = cand.split("·", -1);
        boolean dotted = parts.length > 1;
        for (String part : parts) {
            if (part.length() < 2 || part.length() > (dotted ? MAX_UNLISTED_PART : MAX_UNLISTED) || !isName(part)) {
                return null;
            }
        }
        List<Token> toks = t.tokensIn(j, e);
        if (toks.isEmpty() || !tokenFits(t, j, e)) {
            return null;
        }
        // Han parts joined by · right after a title are a transliterated name by their very form, whatever the
        // segmenter makes of the syllables (艾尔肯·吐尔逊 cut as 艾尔肯/nr ·/w 吐/v 尔逊/nr, 买买提/nz ·/w 艾力/nhm)
        Token last = toks.get(toks.size() - 1);
        boolean named = dotted
                || last.end() == e && last.isPersonName() && last.word().length() >= 2 && toks.stream().noneMatch(Token::isVerb);
        return named && !lexicon.isStopWord(cand) ? cand : null;
    }

    /** Bare names joined by 、 and closed by their count ({@link #COUNTED_LIST}): 甲某、乙某、丙某3名选手获评…. */
    private void countedLists(ArticleText t, Map<Integer, String> names) {
        String s = t.text();
        Matcher m = COUNTED_LIST.matcher(s);
        while (m.find()) {
            int from = m.start(1);
            if (from > 0 && !ArticleText.isClauseMark(s.charAt(from - 1)) && s.charAt(from - 1) != '，') {
                continue; // the list opens its clause: 职工甲某、乙某 is read by the title rules
            }
            Map<Integer, String> items = new LinkedHashMap<>();
            int at = from;
            for (String item : m.group(1).split("、")) {
                int sl = lexicon.surnameLength(item);
                if (sl == 0 || item.length() > sl + 2 || !isName(item) || !tokenFits(t, at, at + item.length())) {
                    items.clear();
                    break;
                }
                items.put(at, item);
                at += item.length() + 1;
            }
            items.forEach(names::putIfAbsent);
        }
    }

    /** The names joined by 、 from j on (赵某、钱某等…), each ended by a boundary. */
    private void joinedNames(ArticleText t, int j, Map<Integer, String> names) {
        String s = t.text();
        while (j < s.length()) {
            String name = nameAt(t, j);
            if (name == null) {
                return;
            }
            names.put(j, name);
            j += name.length();
            if (j >= s.length() || s.charAt(j) != '、') {
                return;
            }
            j++;
        }
    }

    private static void put(Map<Integer, String> names, int at, String name) {
        if (name != null) {
            names.put(at, name);
        }
    }

    /**
     * A name that is a clause of its own, described by the next clause, which ends in a title: 其中，王某，某公司车间主任，
     * 带领团队…；李某，…: the usual way of introducing several honoured people one by one (after 其中， ； or ：).
     */
    private void appositions(ArticleText t, Map<Integer, String> names) {
        String s = t.text();
        for (int j = 1; j < s.length(); j++) {
            char before = s.charAt(j - 1);
            // (…的是王某，某医院的一名护士: a name said after 的是 and then described, as a feature introduces someone)
            if (!(before == '；' || before == '：' || before == '，' && j >= 3 && s.startsWith("其中", j - 3)
                    || before == '是' && j >= 2 && s.charAt(j - 2) == '的')) {
                continue;
            }
            int comma = s.indexOf('，', j);
            if (comma < 0 || comma - j < 2 || comma - j > 3 || names.containsKey(j)) {
                continue;
            }
            String cand = s.substring(j, comma);
            int sl = lexicon.surnameLength(cand);
            if (sl == 0 || cand.length() > sl + 2 || !isName(cand)) {
                continue;
            }
            int end = comma + 1;
            while (end < s.length() && !ArticleText.isClauseMark(s.charAt(end))) {
                end++;
            }
            if (end - comma <= MAX_DESCRIPTION && endsInTitle(t, end)) {
                names.put(j, cand);
            }
        }
    }

    /**
     * Names each written after its own 的 and joined by 、 or 和 (甲公司的王某、乙集团的李某和丙公司的赵某分获前三名;
     * 包装车间的王某、质检部的李某): two such items side by side say that a list of people stands there. A single
     * 考入某大学的王某说 is a speaker: the name runs to a verb of speech ({@link SpeakersByRole}).
     */
    private void namesAfterOf(ArticleText t, Map<Integer, String> names) {
        String s = t.text();
        List<int[]> items = new ArrayList<>(); // start, end of each name written after 的
        for (int i = s.indexOf('的'); i >= 0 && i + 1 < s.length(); i = s.indexOf('的', i + 1)) {
            String spoken = speakers.nameBeforeSpeech(t, i + 1);
            if (spoken != null && !otherWord(t, i + 1, i + 1 + spoken.length())) {
                names.putIfAbsent(i + 1, spoken);
                continue;
            }
            String name = nameAt(t, i + 1);
            if (name != null && !otherWord(t, i + 1, i + 1 + name.length())) {
                items.add(new int[] {i + 1, i + 1 + name.length()});
            }
        }
        for (int k = 0; k + 1 < items.size(); k++) {
            int[] a = items.get(k);
            int[] b = items.get(k + 1);
            if (a[1] >= s.length() || !(s.charAt(a[1]) == '、' || s.charAt(a[1]) == '和' && isConjunction(t, a[1]))) {
                continue;
            }
            String between = s.substring(a[1] + 1, b[0] - 1);
            if (between.length() <= MAX_ITEM && between.chars().noneMatch(c -> ArticleText.isClauseMark((char) c))) {
                names.putIfAbsent(a[0], s.substring(a[0], a[1]));
                names.putIfAbsent(b[0], s.substring(b[0], b[1]));
            }
        }
    }

    /**
     * Names joined by 、 to a name already found, so that a title written once applies to all (区总工会副主席孔某、李某):
     * each must be a surname and one or two characters that end at a clause mark, 和 or 等.
     */
    private void namesJoined(ArticleText t, Map<Integer, String> names) {
        String s = t.text();
        List<Map.Entry<Integer, String>> found = new ArrayList<>(names.entrySet());
        for (Map.Entry<Integer, String> e : found) {
            int at = e.getKey() + e.getValue().length();
            while (at + 2 < s.length() && s.charAt(at) == '、') {
                String next = joinedName(t, at + 1);
                if (next == null) {
                    break;
                }
                names.putIfAbsent(at + 1, next);
                at += 1 + next.length();
            }
        }
    }

    /** A surname and one or two characters at j, ending where a clause mark, 和 or 等 follows. */
    private String joinedName(ArticleText t, int j) {
        String s = t.text();
        int sl = lexicon.surnameLength(s.substring(j, Math.min(s.length(), j + 2)));
        if (sl == 0) {
            return null;
        }
        for (int len = sl + 1; len <= sl + 2 && j + len <= s.length(); len++) {
            String cand = s.substring(j, j + len);
            int e = j + len;
            boolean closed = e == s.length() || "，。；、：".indexOf(s.charAt(e)) >= 0 || s.startsWith("和", e) || s.startsWith("等", e);
            if (closed && isName(cand) && !lexicon.isStopWord(cand) && tokenFits(t, j, e)) {
                return cand;
            }
        }
        return null;
    }

    /** The segmenter reads exactly [from, to) as one word that is no person's name (的关怀, 的支持表示). */
    private static boolean otherWord(ArticleText t, int from, int to) {
        Token tok = t.tokenAt(from);
        return tok != null && tok.start() == from && tok.end() == to && !tok.isPersonName();
    }

    /** Whether no word the segmenter reads runs out of [from, to): a name is not part of a longer word. */
    private static boolean tokenFits(ArticleText t, int from, int to) {
        Token first = t.tokenAt(from);
        Token last = t.tokenAt(to - 1);
        return (first == null || first.start() == from) && (last == null || last.end() == to);
    }

    /** Whether a post title (listed, or known by its shape) ends at e. */
    private boolean endsInTitle(ArticleText t, int e) {
        String s = t.text();
        for (String title : lexicon.titleWords()) {
            if (e >= title.length() && s.startsWith(title, e - title.length()) && lexicon.title(title).orElseThrow().post()) {
                return true;
            }
        }
        return shapes.endingAt(t, e) != null;
    }

    /** Names in a list after 分别是：, each item ending in a name (…的张延明、…“老中医”巩森、…和…的尹理才). */
    private void listNames(ArticleText t, Map<Integer, String> names) {
        String s = t.text();
        Matcher m = LIST.matcher(s);
        while (m.find()) {
            int end = t.sentenceEnd(m.end());
            int itemStart = m.end();
            int depth = 0;
            for (int i = m.end(); i <= end; i++) {
                boolean last = i == end;
                if (!last && (s.charAt(i) == '（' || s.charAt(i) == '(')) {
                    depth++;
                } else if (!last && (s.charAt(i) == '）' || s.charAt(i) == ')')) {
                    depth = Math.max(0, depth - 1);
                }
                boolean sep = !last && depth == 0 && (s.charAt(i) == '、' || s.charAt(i) == '和' && isConjunction(t, i));
                if (!sep && !last) {
                    continue;
                }
                String item = s.substring(itemStart, i);
                int paren = item.indexOf('（') >= 0 ? item.indexOf('（') : item.indexOf('(');
                if (paren > 0 && (item.endsWith("）") || item.endsWith(")"))) {
                    // 王某（某公司）、李某（某医院护士长）: the name, then its employer and title in brackets
                    String head = item.substring(0, paren);
                    int hs = lexicon.surnameLength(head);
                    if (hs > 0 && head.length() >= 2 && head.length() <= hs + 2 && isName(head)
                            || isTransliterated(head)) {
                        names.put(itemStart, head);
                    }
                    itemStart = i + 1;
                    continue;
                }
                int cut = Math.max(item.lastIndexOf('的'), item.lastIndexOf('”'));
                String tail = item.substring(cut + 1);
                int sl = lexicon.surnameLength(tail);
                if (sl > 0 && tail.length() >= 2 && tail.length() <= sl + 2 && isName(tail)) {
                    names.put(itemStart + cut + 1, tail);
                } else {
                    // …股份有限公司化验员高红霞: a list item that ends in a name after its body and title
                    String name = nameEndingItem(t, i);
                    if (name != null) {
                        names.put(i - name.length(), name);
                    }
                }
                itemStart = i + 1;
            }
        }
    }

    /**
     * Names in brackets right after an honour that goes to a person, joined by 、 (4名“亦城工匠”（甲某、乙某、丙某）组成的
     * 宣讲团): the bracket lists the holders. Every item must be two to four Han characters or a transliterated name,
     * and at least half of them must read as names ({@link #isListedName}); then all are taken, since a name without
     * a Chinese surname (乌日娜, 图雅) is read by nothing but its place in such a list.
     */
    private void bracketedAfterHonour(ArticleText t, Map<Integer, String> names) {
        String s = t.text();
        for (int i = s.indexOf("”（"); i >= 0; i = s.indexOf("”（", i + 1)) {
            int open = s.lastIndexOf('“', i);
            String title = open < 0 ? "" : s.substring(open + 1, i);
            if (open < 0 || i - open > 12 || lexicon.honour(title).map(Lexicon.Honour::collective).orElse(true)
                    && !HonourShapes.personHeaded(title)) {
                continue;
            }
            int close = s.indexOf('）', i + 2);
            if (close < 0 || close - i > 60) {
                continue;
            }
            Map<Integer, String> items = new LinkedHashMap<>();
            int at = i + 2;
            int read = 0;
            for (String item : s.substring(i + 2, close).split("、", -1)) {
                boolean shaped = isTransliterated(item) || item.length() >= 2 && item.length() <= 4 && isName(item);
                if (!shaped) {
                    items.clear();
                    break;
                }
                read += isListedName(t, item, at) ? 1 : 0;
                items.put(at, item);
                at += item.length() + 1;
            }
            if (2 * read >= items.size()) {
                items.forEach(names::putIfAbsent);
            }
        }
    }

    /**
     * Names joined by 、 before 分别当选 / 分别担任 (甲某、乙某分别当选工会主席、副主席): an election or appointment in
     * turn; each item must read as a name ({@link #isListedName}), or none is taken.
     */
    private void electedInTurn(ArticleText t, Map<Integer, String> names) {
        String s = t.text();
        for (String verb : List.of("分别当选", "分别担任", "分别任")) {
            for (int i = s.indexOf(verb); i > 0; i = s.indexOf(verb, i + 1)) {
                int start = i;
                while (start > 0 && (s.charAt(start - 1) == '、' || !ArticleText.isClauseMark(s.charAt(start - 1)))) {
                    start--;
                }
                String[] parts = s.substring(start, i).split("、", -1);
                if (parts.length < 2) {
                    continue;
                }
                Map<Integer, String> items = new LinkedHashMap<>();
                int at = start;
                for (String item : parts) {
                    if (!isListedName(t, item, at)) {
                        items.clear();
                        break;
                    }
                    items.put(at, item);
                    at += item.length() + 1;
                }
                items.forEach(names::putIfAbsent);
            }
        }
    }

    /**
     * Whether an item of a list of people, at offset at, reads as a name: a surname and one or two characters, Han
     * parts joined by · (a transliterated name), or two to four characters the segmenter reads as one person's name.
     */
    private boolean isListedName(ArticleText t, String item, int at) {
        if (item.length() < 2) {
            return false;
        }
        int sl = lexicon.surnameLength(item);
        if (sl > 0 && item.length() <= sl + 2 && isName(item) && tokenFits(t, at, at + item.length())) {
            return true;
        }
        if (isTransliterated(item)) {
            return true;
        }
        Token tok = t.tokenAt(at);
        return item.length() <= 4 && tok != null && tok.start() == at && tok.end() == at + item.length()
                && tok.isPersonName() && isName(item);
    }

    /**
     * A transliterated name that ends a list item at e after its title (…系统运维员努尔兰·沙吾提): the parts joined by ·
     * back to where a post title (listed, or known by its shape) ends, which says where the name begins.
     */
    private String dottedNameEndingAt(ArticleText t, int e) {
        String s = t.text();
        int dot = s.lastIndexOf('·', e - 1);
        if (dot < 0 || e - dot - 1 < 2 || e - dot - 1 > MAX_UNLISTED_PART) {
            return null;
        }
        int first = s.indexOf('·', Math.max(0, dot - 2 * MAX_UNLISTED_PART));   // the first · of the name's chain
        while (first < dot && !isTransliterated(s.substring(first + 1, e))) {
            first = s.indexOf('·', first + 1);
        }
        // the longest first part that starts right after a job title's ending (…运维员|努尔兰·沙吾提)
        for (int b = Math.max(1, first - MAX_UNLISTED_PART); b <= first - 2; b++) {
            String cand = s.substring(b, e);
            if (isTransliterated(cand) && (shapes.titleEndsBefore(s, b) || endsInTitle(t, b))) {
                return cand;
            }
        }
        return null;
    }

    /** Han parts of two to six characters joined by · : the written form of a transliterated name (艾尔肯·吐尔逊). */
    private boolean isTransliterated(String cand) {
        String[] parts = cand.split("·", -1);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.length() < 2 || part.length() > MAX_UNLISTED_PART || !isName(part)) {
                return false;
            }
        }
        return true;
    }

    /** The name that ends a list item at e: the segmenter's person name there, else a surname and two characters. */
    private String nameEndingItem(ArticleText t, int e) {
        String dotted = dottedNameEndingAt(t, e);
        if (dotted != null) {
            return dotted;
        }
        Token tok = e > 0 ? t.tokenAt(e - 1) : null;
        if (tok != null && tok.end() == e && tok.isPersonName() && tok.word().length() >= 2 && tok.word().length() <= 3
                && lexicon.surnameLength(tok.word()) > 0 && isName(tok.word())) {
            return tok.word();
        }
        String s = t.text();
        if (e >= 3 && lexicon.surnameLength(s.substring(e - 3, e)) == 1 && isName(s.substring(e - 3, e))) {
            return s.substring(e - 3, e);
        }
        return null;
    }

    private static boolean isConjunction(ArticleText t, int i) {
        Token tok = t.tokenAt(i);
        return tok != null && tok.word().equals("和");
    }

    /** The name starting at j, or null: a surname, one or two more characters, then a boundary. */
    String nameAt(ArticleText t, int j) {
        String s = t.text();
        if (j >= s.length()) {
            return null;
        }
        int sl = lexicon.surnameLength(s.substring(j, Math.min(s.length(), j + 2)));
        if (sl == 0) {
            return null;
        }
        Token tok = t.tokenAt(j);
        if (tok != null && tok.start() == j && tok.end() == j + sl && tok.nature().startsWith("c")) {
            return null; // 委员和职工代表: the surname 和 read as a conjunction on its own joins two nouns
        }
        if (tok != null && tok.start() == j && tok.isPersonName() && tok.word().length() >= 2 && tok.word().length() <= 4
                && endsName(t, tok.end()) && isName(tok.word())) {
            return tok.word();
        }
        if (tok != null && tok.start() == j && tok.end() > j + sl && tok.isVerb()) {
            return null; // 教师成长营: the surname opens a verb (成长) that runs into the rest: no name
        }
        for (int len = sl + 1; len <= sl + 2 && j + len <= s.length(); len++) {
            String cand = s.substring(j, j + len);
            if (isName(cand) && endsName(t, j + len) && !nounJoinedToNoun(t, j, j + len)) {
                return cand;
            }
        }
        return null;
    }

    /**
     * 青年教师公寓和教职工健身中心: the segmenter reads the candidate as one common noun and 和 or 与 joins it to
     * another thing: a noun phrase, not a name after a title (主任高峰说 keeps its name).
     */
    private static boolean nounJoinedToNoun(ArticleText t, int from, int to) {
        Token tok = t.tokenAt(from);
        String s = t.text();
        return tok != null && tok.start() == from && tok.end() == to && tok.nature().equals("n")
                && (s.startsWith("和", to) || s.startsWith("与", to));
    }

    /** The name ending at e (before a studio or a title such as 老师), if a boundary opens it. */
    private java.util.Optional<String> nameEndingAt(ArticleText t, int e) {
        String s = t.text();
        for (int len = 2; len <= 4 && e - len >= 0; len++) {
            int b = e - len;
            String cand = s.substring(b, e);
            int sl = lexicon.surnameLength(cand);
            if (sl == 0 || len > sl + 2 || !isName(cand)) {
                continue;
            }
            if (b == 0 || ArticleText.isClauseMark(s.charAt(b - 1)) || lexicon.leftBoundaries().stream().anyMatch(w -> s.startsWith(w, b - w.length()))
                    || segmentedAsName(t, b, e)) {
                return java.util.Optional.of(cand);
            }
        }
        return java.util.Optional.empty();
    }

    /** The segmenter took exactly this stretch as one person's name (学习习近平总书记: no boundary word before it). */
    private static boolean segmentedAsName(ArticleText t, int b, int e) {
        Token tok = t.tokenAt(b); // the tokens do not overlap: the one covering b is the only one that may start there
        return tok != null && tok.start() == b && tok.end() == e && tok.isPersonName();
    }

    private boolean endsName(ArticleText t, int e) {
        String s = t.text();
        if (e >= s.length() || ArticleText.isClauseMark(s.charAt(e))) {
            return true;
        }
        if (emptyRightBoundary || rightBoundaries.longestAt(s, e) != null) {
            return true;
        }
        // 主席孙某讲话, 站长王某部署…: the boundary list cannot hold every verb a name is followed by; a verb of two or
        // more characters that the segmenter starts exactly here ends the name as well (a name's last character
        // joined to the next word, 王东|方…, makes no token start here)
        Token next = t.tokenAt(e);
        return next != null && next.start() == e && next.isVerb() && next.word().length() >= 2
                && !lexicon.isStopWord(next.word());
    }

    private boolean isName(String cand) {
        if (!cand.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return false;
        }
        return lexicon.title(cand).isEmpty() && !lexicon.isStopWord(cand) && !lexicon.isGenericName(cand);
    }
}
