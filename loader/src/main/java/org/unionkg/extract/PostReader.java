package org.unionkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads posts from the words before a name: one or more segments "body + titles" joined by 、, optionally opened by
 * an honour (全国先进工作者代表、通州区梨园镇梨园社区卫生服务中心党支部书记、主任甘静雯). Titles are joined by 、 or ，
 * (党组成员、副主席，一级巡视员; {@link TitleChains}). The body is one the text names before the titles
 * ({@link BodiesBeforeTitles}), one it refers back to ({@link BackReferences}), the body of the item before in a list
 * of holders, or the words before the titles themselves (唐大庄村党支部书记). {@link PostRecorder} writes the posts;
 * {@link PostsAfterNames} reads those written after a name. Also reads bare affiliations (来自…的陈文静). Thread-safe.
 */
final class PostReader {
    private static final Pattern FROM = Pattern.compile("来自([^，。；：、]{2,30}?)的");

    private final Lexicon lexicon;
    private final TitleShapes shapes;
    private final TitleChains chains;
    private final BodiesBeforeTitles bodies;
    private final BackReferences backReferences;
    private final PostRecorder recorder;
    private final PostsAfterNames afterNames;

    PostReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.shapes = lexicon.titleShapes();
        this.chains = new TitleChains(lexicon);
        this.bodies = new BodiesBeforeTitles(lexicon);
        this.backReferences = new BackReferences(lexicon);
        this.recorder = new PostRecorder(lexicon, chains);
        this.afterNames = new PostsAfterNames(chains, backReferences, recorder);
    }

    /** The most characters of an occupation written between a body and a name in a list item (工业机器人系统运维员). */
    private static final int MAX_OCCUPATION = 12;

    /**
     * A list item of body, occupation and name (各工种第一名分别是：甲公司电工王某、乙公司工业机器人系统运维员李某、…):
     * the words between the body and the name end like a job title (员, 师, 长) though no title list holds them, and
     * the item stands between list marks (：、 before it, 、。； after it), which says the words describe the person
     * rather than run on in a sentence. The occupation is the post as written.
     */
    private PostFact occupationInListItem(ArticleText t, List<Mention> mentions, Mention person) {
        String s = t.text();
        int p = person.start();
        if (!shapes.titleEndsBefore(s, p)) {
            return null;
        }
        boolean closed = person.end() == s.length() || "、。；".indexOf(s.charAt(person.end())) >= 0;
        for (Mention m : mentions) {
            int gap = p - m.end();
            if (!BodiesBeforeTitles.isBody(m) || gap < 2 || gap > MAX_OCCUPATION) {
                continue;
            }
            String words = s.substring(m.end(), p);
            boolean opened = m.start() > 0 && "：、".indexOf(s.charAt(m.start() - 1)) >= 0;
            boolean plain = words.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    && mentions.stream().noneMatch(o -> o != m && o.start() < p && o.end() > m.end())
                    // (a verb may be part of the trade, 中药调剂员; a function word says a phrase, not a trade)
                    && t.tokensIn(m.end(), p).stream().noneMatch(Token::isFunctionWord);
            if (opened && closed && plain) {
                return new PostFact(person.text(), m.canonical(), words, List.of(words), t.sentence(m.start(), person.end()));
            }
        }
        return null;
    }

    /** Reads the posts into the draft; adds to {@code mentions} the bodies it finds named only by a post's words. */
    void read(ArticleText t, List<Mention> mentions, FactDraft draft, AwardReader awards) {
        String s = t.text();
        List<Mention> named = new ArrayList<>();
        // where each name that got a post ends, and the body of that post: the next item of a list may share it
        Map<Integer, String> bodyOfNameEndingAt = new HashMap<>();
        // where each name with titles right before it ends, and those titles: a name listed next may share them
        Map<Integer, Shared> sharedBy = new HashMap<>();
        for (Mention person : mentions) {
            if (person.type() != MentionType.PERSON) {
                continue;
            }
            int pos = honoursBefore(t, mentions, person.start());
            String leftmostOrg = null;
            Shared shared = person.start() > 0 && s.charAt(person.start() - 1) == '、' && chains.endingAt(t, pos) == null
                    ? sharedBy.get(person.start() - 1) : null;
            if (shared != null) {
                // 某区总工会副主席王某、李某: a name listed right after a holder, with no title of its own, shares the title
                recorder.record(person.text(), shared.body(), shared.chain(), shared.department(),
                        t.sentence(person.start(), person.end()), draft);
                sharedBy.put(person.end(), shared);
                bodyOfNameEndingAt.putIfAbsent(person.end(), shared.body());
                continue;
            }
            PostFact occupation = chains.endingAt(t, pos) == null ? occupationInListItem(t, mentions, person) : null;
            if (occupation != null) {
                draft.post(occupation);
                bodyOfNameEndingAt.putIfAbsent(person.end(), occupation.organization());
                continue;
            }
            while (true) {
                TitleChains.Chain chain = afterBodyInside(t, mentions, chains.endingAt(t, pos), pos);
                if (chain == null) {
                    break;
                }
                // a title after a department (…公共法律服务事务部主任) is a post in the department's body
                Integer departmentStart = draft.departmentStarts.get(chain.start());
                Mention org = BodiesBeforeTitles.endingAt(t, mentions, departmentStart == null ? chain.start() : departmentStart);
                if (org == null && departmentStart == null) {
                    // 北京首钢股份有限公司设备部高级技师: a unit of the body between it and the title
                    org = bodies.beforeUnit(t, mentions, chain.start());
                }
                if (org == null && departmentStart == null) {
                    // 某公司钢结构项目经理, 某学校化学教研组教师: a line of work or project, named without a unit word
                    org = bodies.beforeWork(t, mentions, chain.start());
                }
                // the words between the body and the title belong to the title as written (语文教师, 设备部高级技师)
                String department = departmentStart != null ? s.substring(departmentStart, chain.start())
                        : org != null ? s.substring(org.end(), chain.start()) : "";
                String orgName;
                int orgStart;
                int mark = chain.start() - 1;
                if (org == null && departmentStart == null && mark > 0 && "，、".indexOf(s.charAt(mark)) >= 0
                        && bodyOfNameEndingAt.containsKey(mark) && chains.holdsPost(chain)) {
                    // 某区总工会主席王某，副主席李某: a bare title right after another holder is a post in the same body
                    String body = bodyOfNameEndingAt.get(mark);
                    recorder.record(person.text(), body, chain, "", t.sentence(chain.start(), person.end()), draft);
                    bodyOfNameEndingAt.put(person.end(), body);
                    sharedBy.putIfAbsent(person.end(), new Shared(body, chain, ""));
                    break;
                }
                if (org != null) {
                    orgName = org.canonical();
                    orgStart = org.start();
                } else if (departmentStart != null) {
                    break;
                } else if (!chains.holdsPost(chain)) {
                    // a word of belonging makes no body of the words before it (全国未成年人检察人才库成员);
                    // the posts listed before them still count (…第七检察部四级高级检察官、…人才库成员李雨聪)
                    int listMark = s.lastIndexOf('、', chain.start());
                    boolean sameClause = listMark >= 0 && chain.start() - listMark <= 20
                            && s.substring(listMark + 1, chain.start()).chars().noneMatch(c -> ArticleText.isClauseMark((char) c));
                    if (sameClause && chains.endingAt(t, listMark) != null) {
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
                            || !chain.titles().stream().allMatch(x -> chains.title(x).seat().equals("district-government"))
                            ? null : recorder.seatBody(district.canonical(), "district-government", draft);
                    if (government != null) {
                        // 昌平区副区长唐国栋: a district and a title seated in its government is a post in that government
                        recorder.record(person.text(), government, chain, "", t.sentence(district.start(), person.end()), draft);
                        break;
                    }
                    BackReferences.Referent ref = backReferences.referent(t, mentions, draft, b, chain.start());
                    // (not a body of its own whose ending looks like a unit's: 某某篮球俱乐部 ends in 部)
                    if (ref == null && b > 0 && s.charAt(b - 1) == '、' && shapes.isUnit(text) && lexicon.suffixOf(text).isEmpty()
                            && bodyOfNameEndingAt.containsKey(b - 1)) {
                        // 某医院心内科护士王某、急诊科护士李某: a unit alone after a listed holder's post is a unit of the same body
                        ref = new BackReferences.Referent(bodyOfNameEndingAt.get(b - 1), text, b);
                    }
                    if (ref != null) {
                        recorder.record(person.text(), ref.body(), chain, ref.department(), t.sentence(ref.start(), person.end()), draft);
                        bodyOfNameEndingAt.put(person.end(), ref.body());
                        break;
                    }
                    if (chains.hasShapedTitle(chain)) {
                        // a title known only by its shape needs a body the text names (青年技工周晓宇 is no post)
                        break;
                    }
                    if (!clean || lexicon.subUnits().contains(text) || backReferences.isBareKindWithUnit(text)) {
                        break; // 护理部主任韦淑芬: a department named alone is no body of its own
                    }
                    if (unionByLevelAlone(text)) {
                        // 县总工会主席, 40余名工会委员: a union named by its level or a count is no body of its own; the
                        // posts listed before it still count (某县委常委、县总工会主席王某)
                        if (b > 0 && s.charAt(b - 1) == '、' && chains.endingAt(t, b - 1) != null) {
                            pos = b - 1;
                            continue;
                        }
                        break;
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
                recorder.record(person.text(), orgName, chain, department, sentence, draft);
                bodyOfNameEndingAt.putIfAbsent(person.end(), orgName);
                if (pos == honoursBefore(t, mentions, person.start()) && pos == person.start()) {
                    sharedBy.putIfAbsent(person.end(), new Shared(orgName, chain, department));
                }
                leftmostOrg = orgName;
                pos = orgStart;
                if (pos > 0 && s.charAt(pos - 1) == '、' && chains.endingAt(t, pos - 1) != null) {
                    pos--;
                    continue;
                }
                if (pos > 0 && s.charAt(pos - 1) == '，' && bodyWithTitlesEndingAt(t, mentions, pos - 1)) {
                    // 某法院党组成员、副院长，院工会主席王某: a body's posts closed by ， before the next body's posts
                    // are the same person's when no name stands between them
                    pos--;
                    continue;
                }
                break;
            }
            if (leftmostOrg != null) {
                OrgFact body = draft.orgs.get(leftmostOrg);
                honourBefore(t, mentions, pos).ifPresent(h -> awards.award(t, h, person, body, draft));
            }
        }
        mentions.addAll(named);
        afterNames.read(t, mentions, draft);
        Matcher from = FROM.matcher(s);
        for (int i = s.indexOf("来自"); i >= 0 && from.find(i); i = s.indexOf("来自", from.end())) {
            Mention person = mentions.stream().filter(m -> m.type() == MentionType.PERSON && m.start() == from.end()).findFirst().orElse(null);
            Mention org = mentions.stream().filter(m -> BodiesBeforeTitles.isBody(m)
                    && m.start() >= from.start(1) && m.end() == from.end(1)).findFirst().orElse(null);
            if (person != null && org != null) {
                draft.post(new PostFact(person.text(), org.canonical(), null, List.of(), t.sentence(from.start(), person.end())));
            }
        }
    }

    /**
     * A union's form with at most one character or a number before its ending (县总工会, 镇工会, 40余名工会): a body
     * referred back to by its level, or a count of people, which the union rules resolve or leave; never a body of its own.
     */
    private boolean unionByLevelAlone(String text) {
        Lexicon.Suffix suffix = lexicon.suffixOf(text).filter(x -> x.type() == MentionType.UNION).orElse(null);
        if (suffix == null) {
            return false;
        }
        String head = text.substring(0, text.length() - suffix.suffix().length());
        return head.length() <= 1 || head.chars().anyMatch(Character::isDigit);
    }

    /** Whether titles end at {@code end} right after a body's name (某法院党组成员、副院长): no name closes them. */
    private boolean bodyWithTitlesEndingAt(ArticleText t, List<Mention> mentions, int end) {
        TitleChains.Chain chain = chains.endingAt(t, end);
        if (chain == null || !chains.holdsPost(chain)) {
            return false;
        }
        final int start = chain.start();
        return mentions.stream().anyMatch(m -> BodiesBeforeTitles.isBody(m) && m.end() == start);
    }

    /** The titles right before a name, in a body, with the department words between them: what a listed name shares. */
    private record Shared(String body, TitleChains.Chain chain, String department) {}

    /**
     * The chain, or when a body's name ends inside its first title (某镇党委副书记, where 党委副书记 is listed too) the
     * titles after the body's name.
     */
    private TitleChains.Chain afterBodyInside(ArticleText t, List<Mention> mentions, TitleChains.Chain chain, int pos) {
        if (chain == null) {
            return null;
        }
        Mention inside = mentions.stream().filter(m -> BodiesBeforeTitles.isBody(m) && m.start() < chain.start()
                && m.end() > chain.start() && m.end() < chain.end()).findFirst().orElse(null);
        if (inside == null) {
            return chain;
        }
        TitleChains.Chain after = chains.endingAt(t, pos, inside.end());
        return after != null && after.start() == inside.end() ? after : chain;
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
}
