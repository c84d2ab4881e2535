package org.unionkg.extract.event;

import org.unionkg.extract.Mention;
import org.unionkg.extract.MentionType;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Small queries over an article's mentions, in body order. */
final class Mentions {
    /** Kinds of mention that can hold an event: unions and other organisations. */
    static final Set<MentionType> BODIES = EnumSet.of(MentionType.UNION, MentionType.ORGANIZATION);
    /** Kinds of mention that can be where an event is (organisations too: 在北京市陈经纶中学举办). */
    static final Set<MentionType> PLACE_LIKE = EnumSet.of(MentionType.VENUE, MentionType.PLACE,
            MentionType.ORGANIZATION, MentionType.UNION);

    private Mentions() {}

    static List<Mention> sorted(List<Mention> mentions) {
        return mentions.stream().sorted(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end)).toList();
    }

    static List<Mention> within(List<Mention> sorted, TextSpan span, Set<MentionType> types) {
        return sorted.stream().filter(m -> span.covers(m.start(), m.end()) && types.contains(m.type())).toList();
    }

    static List<Mention> within(List<Mention> sorted, int from, int to, Set<MentionType> types) {
        return within(sorted, new TextSpan(from, to, ""), types);
    }

    static boolean sameEntity(Mention a, Mention b) {
        return a.type() == b.type() && a.canonical().equals(b.canonical())
                || a.canonical().equals(b.canonical()) && BODIES.contains(a.type()) && BODIES.contains(b.type());
    }
}
