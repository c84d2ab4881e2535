package org.unionkg.resolve;

import org.unionkg.extract.ArticleFacts;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@link Resolver}'s rule needs to know of one page: per person name, the distinct sets of bodies its
 * occurrences hold posts in (an occurrence is the name in one article; its set is
 * {@link ArticleFacts#affiliations}). Occurrences without posts are left out, since they never decide anything
 * (they keep the plain IRI), and so are names with none but those. Immutable.
 *
 * @param pageId the page's id, so that a page given twice is counted once
 * @param bodies name → its distinct, non-empty sets of bodies on this page
 */
public record Affiliations(String pageId, Map<String, Set<Set<String>>> bodies) {
    public Affiliations {
        Objects.requireNonNull(pageId, "pageId");
        bodies = bodies.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(Set::copyOf).collect(Collectors.toUnmodifiableSet())));
        bodies.forEach((name, sets) -> {
            if (sets.isEmpty() || sets.stream().anyMatch(Set::isEmpty)) {
                throw new IllegalArgumentException(name + ": only occurrences with posts count, not " + sets);
            }
        });
    }

    /** The affiliations of a page's articles, as {@link Resolver#resolve(Collection)} sees them. */
    public static Affiliations of(String pageId, Collection<ArticleFacts> articles) {
        Map<String, Set<Set<String>>> bodies = new HashMap<>();
        for (ArticleFacts f : articles) {
            for (String person : f.persons()) {
                Set<String> of = f.affiliations(person);
                if (!of.isEmpty()) {
                    bodies.computeIfAbsent(person, k -> new HashSet<>()).add(of);
                }
            }
        }
        return new Affiliations(pageId, bodies);
    }
}
