package org.unionkg.extract.event;

import java.util.Arrays;
import java.util.Locale;

/**
 * The event-type scheme ({@code id/event-type/<key>} in {@code ontology/}); the key is the contract's
 * English key and the IRI's last segment. The cue words that select a type live in
 * {@code lexicon/events/event-type-cues.tsv}, not here.
 */
public enum EventType {
    INSPECTION("inspection"),
    SURVEY_VISIT("survey-visit"),
    MEETING("meeting"),
    EXCHANGE("exchange"),
    SKILLS_COMPETITION("skills-competition"),
    LECTURE("lecture"),
    STUDY_SESSION("study-session"),
    TRAINING("training"),
    CULTURE_SPORTS("culture-sports"),
    CARE_SERVICE("care-service"),
    VOLUNTEERING("volunteering"),
    AWARD("award"),
    VISIT("visit"),
    SOCIAL("social"),
    DRILL("drill"),
    OTHER("other");

    private final String key;

    EventType(String key) {
        this.key = key;
    }

    /** The contract key, e.g. {@code skills-competition}. */
    public String key() {
        return key;
    }

    /** The type with this contract key. */
    public static EventType fromKey(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.key.equals(k)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type with key " + key));
    }
}
