package org.unionkg.extract.event;

import org.unionkg.extract.Mention;
import org.unionkg.page.PageMeta;

import java.util.List;

/** Shared helpers for the event tests: one extractor, the seeds' manifest data, readable projections. */
final class Events {
    static final EventExtractor EXTRACTOR = new EventExtractor();
    /** What the manifest says of every seed page: no date, the year 2025. */
    static final PageMeta SEED_META = new PageMeta("seed.txt", "劳动午报", null, null, 2025, null);

    private Events() {}

    static List<EventFact> extract(Fixture f) {
        return EXTRACTOR.extract(f.article(), f.mentions(), SEED_META);
    }

    static EventFact main(Fixture f) {
        return extract(f).get(0);
    }

    static List<String> canonicals(List<Mention> mentions) {
        return mentions.stream().map(Mention::canonical).toList();
    }

    /** Participations as "canonical name:part". */
    static List<String> parts(EventFact e) {
        return e.participants().stream().map(p -> p.who().canonical() + ":" + p.part()).toList();
    }
}
