package org.unionkg.extract.event;

import org.unionkg.extract.Mention;
import org.unionkg.extract.MentionType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds who took part in an event and how, from the cues of {@code participant-parts.tsv}: 张良带队, 朱文娇出席会议并讲话,
 * 刘军，…蒋文云参加本次执法检查, 牛京刚担任评委, 获得者分别是：…张延明、…陈明霞. Immutable and thread-safe.
 */
final class ParticipantFinder {
    private static final int BODY_GAP = 10;
    private static final Set<MentionType> PEOPLE = EnumSet.of(MentionType.PERSON);

    private record Cue(String word, String part, boolean before, int maxGap) {}

    private final List<Cue> cues;
    /** The cues by first character, longest first: {@link #cueAt} runs at every offset of every sentence. */
    private final java.util.Map<Character, List<Cue>> cuesByFirst = new java.util.HashMap<>();
    private final long[] firsts = new long[1 << 10];

    private ParticipantFinder(List<Cue> cues) {
        this.cues = cues.stream().sorted(Comparator.comparingInt((Cue c) -> c.word.length()).reversed()).toList();
        for (Cue c : this.cues) {
            if (!c.word.isEmpty()) {
                cuesByFirst.computeIfAbsent(c.word.charAt(0), k -> new ArrayList<>()).add(c);
                firsts[c.word.charAt(0) >>> 6] |= 1L << c.word.charAt(0);
            }
        }
    }

    static ParticipantFinder load() {
        return new ParticipantFinder(Lexicon.rows("participant-parts.tsv", 4).stream()
                .map(r -> new Cue(r[0], r[1], r[2].equals("before"), Integer.parseInt(r[3])))
                .toList());
    }

    /** The participations a sentence states; {@code sorted} are the article's mentions in body order. */
    List<Participation> find(String body, TextSpan sentence, List<Mention> sorted) {
        List<Participation> out = new ArrayList<>();
        for (TextSpan clause : Sentences.clauses(body, sentence)) {
            int from = clause.start(); // participants of a cue come after the previous cue
            List<Mention> previous = List.of();
            int previousEnd = -1;
            for (int i = clause.start(); i < clause.end(); i++) {
                Cue cue = cueAt(body, i, clause.end());
                if (cue == null || isInsideMention(sorted, i)) {
                    continue; // 宣讲 inside 首都职工志愿国家安全教育宣讲服务队 is a name, not a cue
                }
                List<Mention> who;
                if (!cue.before) {
                    who = Mentions.within(sorted, i + cue.word.length(), sentence.end(), PEOPLE);
                } else if (previousEnd >= 0 && joinedByAnd(body, previousEnd, i)) {
                    who = previous; // 出席会议并讲话
                } else {
                    who = before(sorted, body, from, i, cue.maxGap);
                }
                for (Mention m : who) {
                    out.add(new Participation(m, cue.part));
                }
                if (!who.isEmpty()) {
                    previous = who;
                }
                previousEnd = i + cue.word.length();
                from = previousEnd;
                i = previousEnd - 1;
            }
        }
        return out;
    }

    private Cue cueAt(String body, int i, int end) {
        if (i >= body.length()) {
            return null;
        }
        char first = body.charAt(i);
        List<Cue> candidates = (firsts[first >>> 6] & 1L << first) != 0 ? cuesByFirst.get(first) : null;
        if (candidates == null) {
            return null;
        }
        for (Cue c : candidates) {
            if (i + c.word.length() <= end && body.startsWith(c.word, i)) {
                return c;
            }
        }
        return null;
    }

    /** People named between {@code from} and the cue, the last ending close to it; else bodies, if close. */
    private static List<Mention> before(List<Mention> sorted, String body, int from, int cue, int maxGap) {
        List<Mention> people = Mentions.within(sorted, from, cue, PEOPLE);
        if (!people.isEmpty()) {
            Mention last = people.get(people.size() - 1);
            return cue - last.end() <= maxGap && noStop(body, last.end(), cue) ? people : List.of();
        }
        List<Mention> bodies = Mentions.within(sorted, from, cue, Mentions.BODIES);
        if (bodies.isEmpty()) {
            return List.of();
        }
        Mention last = bodies.get(bodies.size() - 1);
        return cue - last.end() <= Math.max(maxGap, BODY_GAP) && noStop(body, last.end(), cue)
                && !body.substring(last.end(), cue).contains("，") ? bodies : List.of();
    }

    /** A gap that ends a list: a quote, a sentence end or a possessive (习近平总书记…的重要讲话 is no 讲话 of his here). */
    private static boolean noStop(String body, int from, int to) {
        String gap = body.substring(from, to);
        return !gap.contains("的") && !gap.contains("。") && !gap.contains("“");
    }

    private static boolean joinedByAnd(String body, int previousEnd, int cue) {
        String gap = body.substring(previousEnd, cue);
        return gap.length() <= 5 && gap.endsWith("并") && gap.chars().noneMatch(c -> "，、。；".indexOf(c) >= 0);
    }

    private static boolean isInsideMention(List<Mention> sorted, int offset) {
        return sorted.stream().anyMatch(m -> offset >= m.start() && offset < m.end());
    }
}
