package org.unionkg.extract.event;

import org.unionkg.extract.Mention;
import org.unionkg.extract.MentionType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who held an event, read in this order:
 * <ol>
 *   <li>由 X、Y 主办 (or 举办 or 承办; 承办 and 协办 bodies are also participants with that part), in any sentence of the event;</li>
 *   <li>the subject of the lead sentence: its first body not right after a place marker or a preposition, with the
 *       bodies joined to it by 、 和 与 及 联合 携手 (X 联合 Y、Z 举办 gives all three). Two bodies written next to each
 *       other or joined by 下属/所属 are a parent and its part, and the part is the actor (朝阳区医疗卫生工会下属
 *       北京北亚中医医院工会 → the hospital's union). A subject followed by 一行 (or by its leader who 带队) is a visiting party: when it goes to a
 *       body (来到朝阳区建外街道总工会) or the headline names another body, that body is the host, and the visitors
 *       take part as 来访; the visitors hold a survey visit, inspection or visit themselves, both sides hold an
 *       exchange, and the host holds anything else;</li>
 *   <li>else the subject of a later sentence that says it held this event (…开展了此次…活动);</li>
 *   <li>else the subject of the headline.</li>
 * </ol>
 * Nothing else: a union whose 相关负责人 speaks about the event (经开区总工会相关负责人表示) is not said to have held it.
 * Stateless and thread-safe.
 */
final class OrganiserFinder {
    /** Words between two bodies that make them one subject. */
    private static final Pattern JOINED = Pattern.compile("、|和|与|及|以及|联合|携手|会同|、及");
    /**
     * Words between two bodies that make the second a part of the first; the part is the actor. The short-name
     * note counts as nothing: 北方导航科技集团有限公司（以下简称“北方导航集团”）工会 is the group's union.
     */
    private static final Pattern PART_OF = Pattern.compile("|下属|所属|旗下|（以下简称“[^”]{1,12}”）");
    /** The gap between two bodies of one list (由X举办、Y承办). */
    private static final Pattern LISTED = Pattern.compile("(等)?(联合|共同)?(主办|举办|承办|协办)?、|和|与|及|联合|携手");
    /** A body right after one of these is not the subject (在X举办, 由X主办 is read separately, 为X送健康). */
    private static final List<String> NOT_SUBJECT_BEFORE = List.of("在", "到", "赴", "往", "由", "为", "向", "对", "给",
            "与", "和", "同", "及", "邀请", "走进", "来到", "前往");
    /** The note that gives a body's short name: （以下简称“首都机场股份公司”）. */
    private static final Pattern SHORT_NAME_NOTE = Pattern.compile("（以下简称“[^”]{1,12}”）");
    /** A later sentence whose subject held "this" event. */
    private static final Pattern THIS_EVENT = Pattern.compile("(开展|举办|组织|举行)了?(此次|本次)");
    /** A visiting party: X一行, or X's leader 带队 (某某区总工会主席某某带队来到…). */
    private static final Pattern VISITING = Pattern.compile("[^，。；]{0,14}?(一行|带队)");

    private static final TypeCues CUES = TypeCues.load();

    record Result(List<Mention> organisers, List<Participation> participants) {}

    private OrganiserFinder() {}

    /** Kinds of visit that the visiting party itself carries out (北京市总工会…一行来到…调研). */
    private static final Set<EventType> VISITORS_ACT = EnumSet.of(EventType.SURVEY_VISIT, EventType.INSPECTION, EventType.VISIT);

    static Result find(String body, String headline, TextSpan lead, List<TextSpan> sentences, List<Mention> sorted) {
        return find(body, headline, lead, sentences, sorted, null);
    }

    static Result find(String body, String headline, TextSpan lead, List<TextSpan> sentences, List<Mention> sorted,
                       EventType type) {
        List<Mention> organisers = new ArrayList<>();
        List<Participation> participants = new ArrayList<>();
        for (TextSpan s : sentences) {
            sponsors(body, s, sorted, organisers, participants);
        }
        List<Mention> subject = subject(body, lead, sorted);
        int visiting = subject.isEmpty() ? -1 : visitingEnd(body, subject.get(subject.size() - 1), lead);
        if (visiting >= 0) {
            List<Mention> hosts = hosts(body, lead, sorted, headline, subject, type);
            if (!hosts.isEmpty()) {
                Mentions.within(sorted, subject.get(0).start(), visiting,
                                EnumSet.of(MentionType.PERSON, MentionType.UNION, MentionType.ORGANIZATION))
                        .forEach(v -> participants.add(new Participation(v, "来访")));
                // who held a visit: the visitors when the visit is their own act (调研, 检查, 参观), both sides of
                // an exchange (双方), else the host that receives them
                if (type == EventType.EXCHANGE) {
                    List<Mention> both = new ArrayList<>(hosts);
                    addAll(both, subject);
                    subject = both;
                } else if (!VISITORS_ACT.contains(type)) {
                    subject = hosts;
                }
            }
        }
        // 某某集团“安全月”竞赛启动仪式在…举行。此次竞赛由某某工会、某某公司联合举办: a body written before the quoted
        // title of the event owns the title; when the text says who holds it (由…举办), those are the organisers
        boolean titleOwner = !subject.isEmpty() && visiting < 0
                && body.startsWith("“", subject.get(subject.size() - 1).end());
        if (!(titleOwner && !organisers.isEmpty())) {
            addAll(organisers, subject);
        }
        if (organisers.isEmpty()) {
            for (TextSpan s : sentences) { // 北京市总工会积极贯彻…，开展了此次北京职工国家安全教育活动
                if (!s.equals(lead) && (s.text().contains("此次") || s.text().contains("本次"))
                        && THIS_EVENT.matcher(s.text()).find()) {
                    addAll(organisers, subject(body, s, sorted));
                    break;
                }
            }
        }
        if (organisers.isEmpty()) {
            addAll(organisers, headlineSubject(headline, sorted));
        }
        // a union whose 相关负责人 speaks about an event is not said to have held it: no organiser then
        return new Result(organisers, participants);
    }

    /** 由怀柔区委宣传部、区总工会主办; 由北京市工业（国防）工会举办、北京长城电子装备有限责任公司承办的. */
    private static void sponsors(String body, TextSpan s, List<Mention> sorted, List<Mention> organisers,
                                 List<Participation> participants) {
        int by = s.text().indexOf('由');
        while (by >= 0) {
            int from = s.start() + by + 1;
            List<Mention> group = new ArrayList<>();
            int at = from;
            for (Mention m : Mentions.within(sorted, from, s.end(), Mentions.BODIES)) {
                String gap = SHORT_NAME_NOTE.matcher(body.substring(at, m.start())).replaceAll("");
                // 由X主办，Y承办: the list goes on past a comma after a sponsor's word
                if (!group.isEmpty() ? !gap.matches("(等)?(联合|共同)?(主办|举办)?、?|、|和|及|与|(等)?(联合|共同)?(主办|举办|指导)[，；]")
                        : m.start() != from) {
                    break;
                }
                group.add(m);
                at = m.end();
            }
            if (!group.isEmpty()) {
                String role = null;
                List<String> roles = new ArrayList<>();
                for (int i = group.size() - 1; i >= 0; i--) {
                    // the short-name note after a sponsor (某某公司（以下简称“某某”）联合举办) is no part of the gap
                    int noteEnd = group.get(i).end();
                    Matcher note = SHORT_NAME_NOTE.matcher(body).region(noteEnd, s.end());
                    if (note.lookingAt()) {
                        noteEnd = note.end();
                    }
                    int end = i + 1 < group.size() ? group.get(i + 1).start() : Math.min(s.end(), noteEnd + 8);
                    String after = SHORT_NAME_NOTE.matcher(body.substring(group.get(i).end(), end)).replaceAll("");
                    if (after.contains("承办")) {
                        role = "承办";
                    } else if (after.contains("协办")) {
                        role = "协办";
                    } else if (after.contains("主办") || after.contains("举办")) {
                        role = "主办";
                    }
                    roles.add(0, role);
                }
                for (int i = 0; i < group.size(); i++) {
                    // the body that 承办 (carries out) an event organises it too (gold guidelines, Events)
                    if ("主办".equals(roles.get(i)) || "承办".equals(roles.get(i))) {
                        addAll(organisers, List.of(group.get(i)));
                    }
                    if (roles.get(i) != null && !"主办".equals(roles.get(i))) {
                        participants.add(new Participation(group.get(i), roles.get(i)));
                    }
                }
            }
            by = s.text().indexOf('由', by + 1);
        }
    }

    static List<Mention> subject(String body, TextSpan sentence, List<Mention> sorted) {
        List<Mention> bodies = Mentions.within(sorted, sentence, Mentions.BODIES);
        List<Mention> group = new ArrayList<>();
        Mention excluded = null;
        for (Mention m : bodies) {
            if (body.startsWith("以下简称“", Math.max(0, m.start() - 5))) {
                continue; // the short name a note defines is the body before it again
            }
            if (group.isEmpty()) {
                boolean listedWithExcluded = excluded != null
                        && LISTED.matcher(body.substring(excluded.end(), m.start())).matches();
                if (listedWithExcluded || afterPreposition(body, m, sentence.start())
                        || insideQuote(body, m, sentence.start())) {
                    excluded = m; // 由X举办、Y承办: Y belongs with X, not to the subject
                } else {
                    group.add(m);
                }
                continue;
            }
            Mention last = group.get(group.size() - 1);
            String gap = body.substring(last.end(), m.start());
            if (PART_OF.matcher(gap).matches()) {
                group.set(group.size() - 1, m);
            } else if (JOINED.matcher(gap).matches()) {
                group.add(m);
            } else {
                break;
            }
        }
        return group;
    }

    private static boolean afterPreposition(String body, Mention m, int sentenceStart) {
        String before = body.substring(sentenceStart, m.start());
        return NOT_SUBJECT_BEFORE.stream().anyMatch(before::endsWith);
    }

    /** A body inside a quoted theme (“…”) names no actor. */
    private static boolean insideQuote(String body, Mention m, int sentenceStart) {
        String before = body.substring(sentenceStart, m.start());
        return before.chars().filter(c -> c == '“').count() > before.chars().filter(c -> c == '”').count();
    }

    /** Where the visiting party's 一行 or 带队 after the subject starts, or -1 when the subject is no visiting party. */
    private static int visitingEnd(String body, Mention last, TextSpan lead) {
        var matcher = VISITING.matcher(body);
        matcher.region(last.end(), lead.end());
        return matcher.lookingAt() ? matcher.start(1) : -1;
    }

    private static List<Mention> hosts(String body, TextSpan lead, List<Mention> sorted, String headline, List<Mention> visitors,
                                       EventType type) {
        for (Mention m : Mentions.within(sorted, lead, Mentions.BODIES)) {
            // 一行到某区学习交流工会工作: a "name" that holds the visit's own word (交流) is the phrase misread, no host
            boolean phrase = type != null && CUES.typeOf(m.text()).filter(type::equals).isPresent();
            if (m.start() > visitors.get(visitors.size() - 1).end() && !phrase
                    && (body.startsWith("来到", m.start() - 2) || body.startsWith("到", m.start() - 1)
                    || body.startsWith("走进", m.start() - 2) || body.startsWith("前往", m.start() - 2)
                    // …代表团一行来京，与北京市总工会进行交流座谈: the body a visiting party meets is the host
                    || body.startsWith("，与", m.start() - 2))) {
                return List.of(m);
            }
        }
        return headlineSubject(headline, sorted).stream()
                .filter(h -> visitors.stream().noneMatch(v -> Mentions.sameEntity(v, h))).toList();
    }

    /**
     * The subject of a headline. Mentions carry body offsets, so a headline body is recognised by its text or
     * canonical name, and the body's first mention of it is returned.
     */
    static List<Mention> headlineSubject(String headline, List<Mention> sorted) {
        record Found(Mention mention, int at, int end) {}
        List<Found> found = new ArrayList<>();
        for (Mention m : sorted) {
            if (!Mentions.BODIES.contains(m.type()) || found.stream().anyMatch(f -> Mentions.sameEntity(f.mention, m))) {
                continue;
            }
            for (String form : List.of(m.canonical(), m.text())) {
                int at = headline.indexOf(form);
                if (at >= 0 && found.stream().noneMatch(f -> at < f.end && f.at < at + form.length())) {
                    found.add(new Found(m, at, at + form.length()));
                    break;
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::at));
        List<Mention> group = new ArrayList<>();
        for (Found f : found) {
            if (group.isEmpty()) {
                String before = headline.substring(Math.max(0, f.at - 2), f.at);
                if (before.endsWith("在") || before.endsWith("到") || before.endsWith("走进") || before.endsWith("赴")) {
                    continue;
                }
                group.add(f.mention);
                continue;
            }
            Found last = found.get(found.indexOf(f) - 1);
            if (JOINED.matcher(headline.substring(last.end, f.at)).matches()) {
                group.add(f.mention);
            } else {
                break;
            }
        }
        return group;
    }

    private static void addAll(List<Mention> into, List<Mention> more) {
        for (Mention m : more) {
            if (into.stream().noneMatch(o -> Mentions.sameEntity(o, m))) {
                into.add(m);
            }
        }
    }
}
