package org.unionkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads posts from the words before a name: one or more segments "body + titles" joined by 、, optionally opened by
 * an honour (全国先进工作者代表、通州区梨园镇梨园社区卫生服务中心党支部书记、主任甘静雯). Titles are joined by 、 or ，
 * (党组成员、副主席，一级巡视员). A title whose seat is elsewhere gets a post there: 区长 in 通州区委副书记、区长郑皓
 * is a post in 通州区人民政府, so that sentence gives two posts, 副书记 in 通州区委 and 区长 in 通州区人民政府.
 * Also reads bare affiliations (来自…的陈文静). Thread-safe.
 */
final class PostReader {
    private static final Pattern FROM = Pattern.compile("来自([^，。；：、]{2,30}?)的");
    private static final int MAX_GAP = 3;
    /** The most words of a line of work between a body and a title (房山新城项目, 木版水印). */
    private static final int MAX_WORK = 8;

    private final Lexicon lexicon;
    private final TitleShapes shapes;
    private final List<String> titles;
    private final List<BackReference> backReferences;

    PostReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.shapes = lexicon.titleShapes();
        LexiconTable refs = LexiconTable.resource("back-references.tsv");
        int endings = refs.index("endings");
        int bare = refs.index("bare");
        this.backReferences = refs.rows().stream()
                .map(r -> new BackReference(r.get(0), List.of(r.get(endings).split("\\|")), r.get(bare).equals("yes"))).toList();
        this.titles = lexicon.titleWords().stream().filter(w -> lexicon.title(w).orElseThrow().beforeName())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Reads the posts into the draft; adds to {@code mentions} the bodies it finds named only by a post's words. */
    void read(ArticleText t, List<Mention> mentions, FactDraft draft, AwardReader awards) {
        String s = t.text();
        List<Mention> named = new ArrayList<>();
        // where each name that got a post ends, and the body of that post: the next item of a list may share it
        java.util.Map<Integer, String> bodyOfNameEndingAt = new java.util.HashMap<>();
        for (Mention person : mentions) {
            if (person.type() != MentionType.PERSON) {
                continue;
            }
            int pos = honoursBefore(t, mentions, person.start());
            String leftmostOrg = null;
            while (true) {
                Chain chain = chainEndingAt(t, pos);
                if (chain == null) {
                    break;
                }
                // a title after a department (…公共法律服务事务部主任) is a post in the department's body
                Integer departmentStart = draft.departmentStarts.get(chain.start());
                Mention org = bodyEndingAt(t, mentions, departmentStart == null ? chain.start() : departmentStart);
                if (org == null && departmentStart == null) {
                    // 北京首钢股份有限公司设备部高级技师: a unit of the body between it and the title
                    org = bodyBeforeUnit(t, mentions, chain.start());
                }
                if (org == null && departmentStart == null) {
                    // 某公司钢结构项目经理, 某学校化学教研组教师: a line of work or project, named without a unit word
                    org = bodyBeforeWork(t, mentions, chain.start());
                }
                // the words between the body and the title belong to the title as written (语文教师, 设备部高级技师)
                String department = departmentStart != null ? s.substring(departmentStart, chain.start())
                        : org != null ? s.substring(org.end(), chain.start()) : "";
                String orgName;
                int orgStart;
                if (org != null) {
                    orgName = org.canonical();
                    orgStart = org.start();
                } else if (departmentStart != null) {
                    break;
                } else if (chain.titles().stream().noneMatch(x -> title(x).post())) {
                    // a word of belonging makes no body of the words before it (全国未成年人检察人才库成员);
                    // the posts listed before them still count (…第七检察部四级高级检察官、…人才库成员李雨聪)
                    int listMark = s.lastIndexOf('、', chain.start());
                    boolean sameClause = listMark >= 0 && chain.start() - listMark <= 20
                            && s.substring(listMark + 1, chain.start()).chars().noneMatch(c -> ArticleText.isClauseMark((char) c));
                    if (sameClause && chainEndingAt(t, listMark) != null) {
                        pos = listMark;
                        continue;
                    }
                    break;
                } else {
                    int b = chain.start();
                    while (b > 0 && chain.start() - b < 14 && !ArticleText.isClauseMark(s.charAt(b - 1))) {
                        b--;
                    }
                    String text = s.substring(b, chain.start());
                    final int from = b;
                    boolean clean = text.length() >= 2 && t.tokensIn(b, chain.start()).stream()
                            .noneMatch(tok -> lexicon.isStopWord(tok.word()) || tok.isVerb() || tok.isFunctionWord())
                            && mentions.stream().noneMatch(m -> m.start() < chain.start() && m.end() > from);
                    Mention district = mentions.stream().filter(m -> m.type() == MentionType.PLACE && m.end() == chain.start()
                            && lexicon.district(m.canonical()).isPresent()).findFirst().orElse(null);
                    String government = district == null
                            || !chain.titles().stream().allMatch(x -> title(x).seat().equals("district-government"))
                            ? null : seatBody(district.canonical(), "district-government", draft);
                    if (government != null) {
                        // 昌平区副区长唐国栋: a district and a title seated in its government is a post in that government
                        addPosts(person.text(), government, chain, "", t.sentence(district.start(), person.end()), draft);
                        break;
                    }
                    Referent ref = referent(t, mentions, draft, b, chain.start());
                    if (ref == null && b > 0 && s.charAt(b - 1) == '、' && shapes.isUnit(text)
                            && bodyOfNameEndingAt.containsKey(b - 1)) {
                        // 某医院心内科护士王某、急诊科护士李某: a unit alone after a listed holder's post is a unit of the same body
                        ref = new Referent(bodyOfNameEndingAt.get(b - 1), text, b);
                    }
                    if (ref != null) {
                        addPosts(person.text(), ref.body(), chain, ref.department(), t.sentence(ref.start(), person.end()), draft);
                        bodyOfNameEndingAt.put(person.end(), ref.body());
                        break;
                    }
                    if (chain.titles().stream().anyMatch(x -> lexicon.title(x).isEmpty())) {
                        // a title known only by its shape needs a body the text names (青年技工周晓宇 is no post)
                        break;
                    }
                    if (!clean || lexicon.subUnits().contains(text) || isBareKindWithUnit(text)) {
                        break; // 护理部主任韦淑芬: a department named alone is no body of its own
                    }
                    orgName = OrgNames.canonical(text);
                    orgStart = b;
                    String kind = lexicon.suffixOf(orgName).filter(x -> x.type() == MentionType.ORGANIZATION)
                            .map(Lexicon.Suffix::kind).orElse("other");
                    draft.org(new OrgFact(MentionType.ORGANIZATION, orgName, Set.of(), null, null, null, kind, null));
                    // the text names the body (唐大庄村党支部书记): it is a mention like any other
                    named.add(new Mention(MentionType.ORGANIZATION, text, orgName, b, chain.start()));
                }
                String sentence = t.sentence(orgStart, person.end());
                addPosts(person.text(), orgName, chain, department, sentence, draft);
                bodyOfNameEndingAt.putIfAbsent(person.end(), orgName);
                leftmostOrg = orgName;
                pos = orgStart;
                if (pos > 0 && s.charAt(pos - 1) == '、' && chainEndingAt(t, pos - 1) != null) {
                    pos--;
                    continue;
                }
                break;
            }
            if (leftmostOrg != null) {
                OrgFact body = orgFact(draft, leftmostOrg);
                honourBefore(t, mentions, pos).ifPresent(h -> awards.award(t, h, person, body, draft));
            }
        }
        mentions.addAll(named);
        elections(t, mentions, draft);
        identities(t, mentions, draft);
        Matcher from = FROM.matcher(s);
        for (int i = s.indexOf("来自"); i >= 0 && from.find(i); i = s.indexOf("来自", from.end())) {
            Mention person = mentions.stream().filter(m -> m.type() == MentionType.PERSON && m.start() == from.end()).findFirst().orElse(null);
            Mention org = mentions.stream().filter(m -> (m.type() == MentionType.ORGANIZATION || m.type() == MentionType.UNION)
                    && m.start() >= from.start(1) && m.end() == from.end(1)).findFirst().orElse(null);
            if (person != null && org != null) {
                draft.post(new PostFact(person.text(), org.canonical(), null, List.of(), t.sentence(from.start(), person.end())));
            }
        }
    }

    /**
     * A post written for an election: 补选刘建华为北京市商务服务业工会第二届委员会副主席 — person, 为, the body (with a
     * department, kept in the role text), then the titles.
     */
    /**
     * A name said to be a body's title-holder: 冯建华是昌平区人社局劳动保障监察大队队长 (the body right after 是, the title
     * closing the clause, the words between them its department as written), or described by the clause after it
     * (其中，王某，某公司车间主任，…).
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
            Mention body = mentions.stream().filter(m -> (m.type() == MentionType.ORGANIZATION || m.type() == MentionType.UNION)
                    && m.start() == person.end() + 1).findFirst().orElse(null);
            int end = person.end() + 1;
            while (end < s.length() && (s.charAt(end) == '、' || !ArticleText.isClauseMark(s.charAt(end)))) {
                end++; // 是…主任、首席技师: the titles joined by 、 run to the clause's end
            }
            if (body == null) {
                // 王某是该公司数控车间主任: the body named before, by a word that refers back to it
                Chain chain = chainEndingAt(t, end);
                Referent ref = chain == null || chain.start() <= person.end() + 1 ? null
                        : referent(t, mentions, draft, person.end() + 1, chain.start());
                if (ref != null && ref.start() == person.end() + 1 && chain.titles().stream().anyMatch(x -> title(x).post())) {
                    addPosts(person.text(), ref.body(), chain, ref.department(), t.sentence(person.start(), end), draft);
                }
                continue;
            }
            end = body.end();
            while (end < s.length() && (s.charAt(end) == '、' || !ArticleText.isClauseMark(s.charAt(end)))) {
                end++;
            }
            Chain chain = chainEndingAt(t, end);
            if (chain == null || chain.start() < body.end() || chain.start() - body.end() > 10
                    || chain.titles().stream().noneMatch(x -> title(x).post())) {
                continue;
            }
            addPosts(person.text(), body.canonical(), chain, s.substring(body.end(), chain.start()),
                    t.sentence(person.start(), end), draft);
        }
    }

    private void elections(ArticleText t, List<Mention> mentions, FactDraft draft) {
        String s = t.text();
        for (Mention person : mentions) {
            if (person.type() != MentionType.PERSON || !s.startsWith("为", person.end())) {
                continue;
            }
            int at = person.end() + 1;
            Mention org = mentions.stream().filter(m -> m.start() == at
                    && (m.type() == MentionType.UNION || m.type() == MentionType.ORGANIZATION)).findFirst().orElse(null);
            if (org == null) {
                continue;
            }
            int titlesFrom = draft.departmentStarts.entrySet().stream().filter(e -> e.getValue() == org.end())
                    .map(java.util.Map.Entry::getKey).findFirst().orElse(org.end());
            Chain chain = null;
            for (int end = titlesFrom + 1; end <= Math.min(s.length(), titlesFrom + 20); end++) {
                Chain c = chainEndingAt(t, end);
                if (c != null && c.start() == titlesFrom) {
                    chain = c;
                }
            }
            if (chain != null) {
                addPosts(person.text(), org.canonical(), chain, s.substring(org.end(), titlesFrom),
                        t.sentence(person.start(), chain.start() + chain.text().length()), draft);
            }
        }
    }

    private static OrgFact orgFact(FactDraft draft, String name) {
        return draft.orgs.get(name);
    }

    private void addPosts(String person, String orgName, Chain chain, String department, String sentence, FactDraft draft) {
        List<String> here = new ArrayList<>();
        List<String> seated = new ArrayList<>();
        String seat = null;
        for (String title : chain.titles()) {
            String s = title(title).seat();
            if (!s.isEmpty() && seatBody(orgName, s, draft) != null) {
                seated.add(title);
                seat = seatBody(orgName, s, draft);
            } else {
                here.add(title);
            }
        }
        if (chain.titles().stream().noneMatch(t -> title(t).post())) {
            // 参赛教职工周阳: the person belongs to the body, but holds no post there
            draft.post(new PostFact(person, orgName, null, List.of(), sentence));
            return;
        }
        if (seated.isEmpty()) {
            draft.post(new PostFact(person, orgName, department + chain.text(), chain.titles(), sentence));
            return;
        }
        if (!here.isEmpty()) {
            draft.post(new PostFact(person, orgName, department + String.join("、", here), here, sentence));
        }
        draft.post(new PostFact(person, seat, String.join("、", seated), seated, sentence));
    }

    /** The body a seated title sits in: the government of the district the named body belongs to. */
    private String seatBody(String orgName, String seat, FactDraft draft) {
        if (!seat.equals("district-government")) {
            return null;
        }
        String name = orgName.startsWith("北京市") ? orgName.substring(3) : orgName;
        for (String form : lexicon.districtForms()) {
            if (name.startsWith(form)) {
                String district = lexicon.district(form).orElseThrow();
                String gov = district + "人民政府";
                draft.org(new OrgFact(MentionType.ORGANIZATION, gov, Set.of(), null, null, null, "government", district));
                draft.place(new PlaceFact(district, "district", null));
                return gov;
            }
        }
        return null;
    }

    /** Titles joined by 、 or ， ending exactly at pos. */
    private Chain chainEndingAt(ArticleText t, int pos) {
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
    private Lexicon.Title title(String word) {
        return lexicon.title(word).orElseGet(() -> new Lexicon.Title(word, "", true, true));
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

    /**
     * The body ending where a unit of it (设备部, 心理科, 亦庄生产基地炮制车间) ends right before pos, or null; a place may
     * name the unit, another body may not.
     */
    private Mention bodyBeforeUnit(ArticleText t, List<Mention> mentions, int pos) {
        for (Mention m : mentions) {
            if ((m.type() == MentionType.UNION || m.type() == MentionType.ORGANIZATION) && m.end() < pos
                    && shapes.isUnit(t.text().substring(m.end(), pos))
                    && t.text().substring(m.end(), pos).chars().noneMatch(c -> ArticleText.isClauseMark((char) c))
                    && mentions.stream().noneMatch(o -> o != m && o.type() != MentionType.PLACE
                            && o.start() >= m.end() && o.start() < pos)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The body ending a few words before pos when those words are plain nouns (木版水印, 钢结构项目, 化学教研组): the line of
     * work or project the title belongs to, kept in the role text. A verb, a function word or another name between
     * them means the body is not the title's.
     */
    private Mention bodyBeforeWork(ArticleText t, List<Mention> mentions, int pos) {
        for (Mention m : mentions) {
            if ((m.type() != MentionType.UNION && m.type() != MentionType.ORGANIZATION) || m.end() >= pos
                    || pos - m.end() > MAX_WORK) {
                continue;
            }
            boolean plain = plainWords(t, m.end(), pos)
                    && mentions.stream().noneMatch(o -> o != m && o.start() < pos && o.end() > m.end());
            if (plain) {
                return m;
            }
        }
        return null;
    }

    /** The union or organisation ending at pos, or a few characters before it (中国科学院大学参赛教职工). */
    private static Mention bodyEndingAt(ArticleText t, List<Mention> mentions, int pos) {
        for (int gap = 0; gap <= MAX_GAP; gap++) {
            int end = pos - gap;
            if (gap > 0 && (end < 0 || ArticleText.isClauseMark(t.charAt(end)))) {
                return null;
            }
            for (Mention m : mentions) {
                if (m.end() == end && (m.type() == MentionType.UNION || m.type() == MentionType.ORGANIZATION)) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * Where the posts before a name end when honours stand between them and the name (某学校语文教师、北京市劳动模范王某):
     * before the honours and the 、 that joins them to the posts; else the name's start.
     */
    private static int honoursBefore(ArticleText t, List<Mention> mentions, int nameStart) {
        String s = t.text();
        int pos = nameStart;
        while (true) {
            final int end = pos;
            Mention h = mentions.stream().filter(m -> m.type() == MentionType.HONOUR
                    && (m.end() == end || m.end() == end - 1 && s.charAt(end - 1) == '”')).findFirst().orElse(null);
            if (h == null) {
                return pos;
            }
            int open = h.start() > 0 && s.charAt(h.start() - 1) == '“' ? h.start() - 1 : h.start();
            if (open <= 0 || s.charAt(open - 1) != '、') {
                return pos;
            }
            pos = open - 1;
        }
    }

    /** An honour printed before a chain: 北京市模范集体代表、… or 第一届“朝阳工匠”、… */
    private static Optional<Mention> honourBefore(ArticleText t, List<Mention> mentions, int pos) {
        String s = t.text();
        if (pos <= 0 || s.charAt(pos - 1) != '、') {
            return Optional.empty();
        }
        int end = pos - 1;
        if (end >= 2 && s.startsWith("代表", end - 2)) {
            end -= 2;
        }
        if (end >= 1 && s.charAt(end - 1) == '”') {
            end -= 1;
        }
        final int e = end;
        return mentions.stream().filter(m -> m.type() == MentionType.HONOUR && m.end() == e).findFirst();
    }

    /**
     * The body the words from {@code from} to {@code to} (the words before a title) refer back to: a back-reference
     * (该公司, 该院, or a bare kind word such as 医院 right before a unit of it) and a unit or line of work after it; the
     * body is the nearest one named before it whose name ends as the reference says (a union counts by its employer).
     */
    private Referent referent(ArticleText t, List<Mention> mentions, FactDraft draft, int from, int to) {
        String s = t.text();
        for (BackReference r : backReferences) {
            int at = s.substring(from, to).lastIndexOf(r.form());
            if (at < 0) {
                continue;
            }
            int start = from + at;
            int after = start + r.form().length();
            String rest = s.substring(after, to);
            boolean opens = start == from || s.charAt(start - 1) == '的';
            if (r.bare() ? !opens || !shapes.isUnit(rest) : !rest.isEmpty() && !shapes.isUnit(rest) && !plainWords(t, after, to)) {
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
    private boolean isBareKindWithUnit(String words) {
        return backReferences.stream().anyMatch(r -> r.bare() && words.startsWith(r.form())
                && shapes.isUnit(words.substring(r.form().length())));
    }

    /** Whether the words between from and to are nouns only (房山新城项目, 木版水印), no name among them. */
    private boolean plainWords(ArticleText t, int from, int to) {
        return from < to && t.text().substring(from, to).chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && t.tokensIn(from, to).stream().allMatch(tok -> tok.start() >= from && tok.end() <= to
                        && tok.nature().startsWith("n") && !tok.nature().startsWith("nr") && !lexicon.isStopWord(tok.word()));
    }

    /** A word that refers back to a body named before: 该公司, 该院, 医院 (bare: only before a unit of the body). */
    private record BackReference(String form, List<String> endings, boolean bare) {}

    /** The body a back-reference stands for, the words after the reference (kept in the role text), and where it starts. */
    private record Referent(String body, String department, int start) {}

    private record Chain(List<String> titles, String text, int start) {}
}
