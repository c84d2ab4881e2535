package org.unionkg.extract.event;

import org.unionkg.extract.Mention;

import java.util.List;
import java.util.Objects;

/**
 * One event an article reports.
 *
 * @param label        a short Chinese description (the headline for an article's main event)
 * @param type         its type in the event-type scheme
 * @param date         when, with its precision; null when neither the text nor the manifest gives a year
 * @param places       where: venues, places, or organisations used as places
 * @param organisers   the bodies that held it
 * @param participants people and bodies taking part, each with its part
 * @param counts       the counts the article gives for it
 * @param evidence     the sentence the event is read from
 * @param start        offset of that sentence in the article body
 * @param end          offset just after it
 */
public record EventFact(String label, EventType type, EventDate date, List<Mention> places, List<Mention> organisers,
                        List<Participation> participants, List<Headcount> counts, String evidence, int start, int end) {
    public EventFact {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
        places = List.copyOf(places);
        organisers = List.copyOf(organisers);
        participants = List.copyOf(participants);
        counts = List.copyOf(counts);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
