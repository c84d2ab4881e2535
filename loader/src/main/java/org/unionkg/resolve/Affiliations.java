package org.unionkg.resolve;

import org.unionkg.extract.ArticleFacts;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@link Resolver}'s rule needs to know of one page: per person name, the distinct sets of bodies its
 * occurrences hold posts in (an occurrence is the name in one article; its set is
 * {@link ArticleFacts#affiliations}). Occurrences without posts are left out, since they never decide anything
 * (they keep the plain IRI), and so are names with none but those. With them, the names the page mints IRIs for,
 * grouped by the plain IRI their slug gives, so that the corpus can decide who holds a slug several names share
 * ({@link Homophones}). Immutable.
 *
 * @param pageId the page's id, so that a page given twice is counted once
 * @param bodies name → its distinct, non-empty sets of bodies on this page
 * @param claims plain IRI → the names of this page whose slug gives it ({@link Resolver#names})
 */
public record Affiliations(String pageId, Map<String, Set<Set<String>>> bodies, Map<String, Set<String>> claims) {
    public Affiliations {
        Objects.requireNonNull(pageId, "pageId");
        bodies = bodies.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(Set::copyOf).collect(Collectors.toUnmodifiableSet())));
        claims = claims.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        bodies.forEach((name, sets) -> {
            if (sets.isEmpty() || sets.stream().anyMatch(Set::isEmpty)) {
                throw new IllegalArgumentException(name + ": only occurrences with posts count, not " + sets);
            }
        });
    }

    /** A page's bodies alone, claiming no slugs (for tests of the namesake rule). */
    public Affiliations(String pageId, Map<String, Set<Set<String>>> bodies) {
        this(pageId, bodies, Map.of());
    }

    /** The affiliations of a page's articles, as {@link Resolver#resolve(Collection)} sees them. */
    public static Affiliations of(String pageId, Collection<ArticleFacts> articles) {
        return of(pageId, articles, List.of());
    }

    /** As {@link #of(String, Collection)}, with the journalists its bylines credit (who claim slugs too). */
    public static Affiliations of(String pageId, Collection<ArticleFacts> articles, Collection<String> journalists) {
        Map<String, Set<String>> claims = new HashMap<>();
        for (Homophones.Name n : Resolver.names(articles, journalists)) {
            claims.computeIfAbsent(n.plainIri(), k -> new HashSet<>()).add(n.name());
        }
        Map<String, Set<Set<String>>> bodies = new HashMap<>();
        for (ArticleFacts f : articles) {
            for (String person : f.persons()) {
                Set<String> of = f.affiliations(person);
                if (!of.isEmpty()) {
                    bodies.computeIfAbsent(person, k -> new HashSet<>()).add(of);
                }
            }
        }
        return new Affiliations(pageId, bodies, claims);
    }
}
