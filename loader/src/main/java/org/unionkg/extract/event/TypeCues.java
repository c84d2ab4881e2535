package org.unionkg.extract.event;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The event-type cue words of {@code event-type-cues.tsv} and their precedence: highest rank, then longest cue,
 * then earliest in the text. Immutable and thread-safe.
 */
final class TypeCues {
    private record Cue(String word, EventType type, int rank) {}

    private final List<Cue> cues;

    private TypeCues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    static TypeCues load() {
        return new TypeCues(Lexicon.rows("event-type-cues.tsv", 3).stream()
                .map(r -> new Cue(r[0], EventType.fromKey(r[1]), Integer.parseInt(r[2])))
                .toList());
    }

    /** The type the strongest cue in this text gives, if it has any. */
    Optional<EventType> typeOf(String text) {
        record Hit(Cue cue, int at) {}
        return cues.stream()
                .map(c -> new Hit(c, text.indexOf(c.word)))
                .filter(h -> h.at >= 0)
                .max(Comparator.<Hit>comparingInt(h -> h.cue.rank)
                        .thenComparingInt(h -> h.cue.word.length())
                        .thenComparing(Comparator.<Hit>comparingInt(h -> h.at).reversed()))
                .map(h -> h.cue.type);
    }
}
