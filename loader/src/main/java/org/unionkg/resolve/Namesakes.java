package org.unionkg.resolve;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link Resolver}'s decision for the people of a whole corpus, taken before any page is written: the first pass of
 * a bulk load collects every page's {@link Affiliations} into a {@link Builder}, and the second pass resolves each
 * page with the table ({@link Resolver#resolve(Collection, Namesakes)}), so every person gets at once the IRI that
 * resolving all the corpus's articles together gives, and no store-wide rewrite is needed afterwards.
 *
 * <p>The table is small: it holds only the names the corpus decides differently from a page alone.
 * <ul>
 *   <li>names whose occurrences with posts fall into several groups of bodies (namesakes kept apart): body → the
 *       tie-breaker of its group, as {@link Resolver#tieBreakers} gives it;</li>
 *   <li>names that one page alone would split but the corpus joins (another page has the name holding posts in
 *       both groups): no tie-breakers, one person with the plain IRI.</li>
 * </ul>
 * Every other name is one person at most in the corpus and on each page, so resolving the page alone gives the
 * corpus's answer. Hence {@link #NONE}, the empty table, leaves the per-page resolution exactly as it was.
 *
 * <p>It also holds the corpus's {@link Homophones}: for each slug that several names of the corpus share, the name
 * that holds the plain IRI (published first, then the first page in load order, then the first in code-point order
 * on that page), so that every page minted with the table gives each name the IRI a transactional load of the same
 * pages in the same order gives. {@link #with(Homophones)} carries a store's decisions the same way.
 *
 * <p>The table speaks for the pages it was built from: a page resolved with it must be one of them (a body of a
 * decided name that the table does not know is refused). Immutable and thread-safe.
 */
public final class Namesakes {
    /** No corpus known: each batch of articles is resolved on its own. */
    public static final Namesakes NONE = new Namesakes(Map.of(), Homophones.NONE);

    /** name → body → tie-breaker; an empty map: one person with the plain IRI */
    private final Map<String, Map<String, String>> ties;
    private final Homophones homophones;

    private Namesakes(Map<String, Map<String, String>> ties, Homophones homophones) {
        Map<String, Map<String, String>> copy = new TreeMap<>();
        ties.forEach((name, byBody) -> copy.put(name, Map.copyOf(byBody)));
        this.ties = Collections.unmodifiableMap(copy);
        this.homophones = homophones;
    }

    /** Who holds the slugs the corpus's names share. */
    public Homophones homophones() {
        return homophones;
    }

    /**
     * This table with {@code homophones} decided instead (a transactional load's decisions against the store: its
     * people's namesakes are left to the store-wide rewrite, its slugs must be decided before it writes).
     */
    public Namesakes with(Homophones homophones) {
        return new Namesakes(ties, homophones);
    }

    /** The names the corpus decides (split, or joined where a page alone would split), sorted. */
    public Set<String> names() {
        return ties.keySet();
    }

    /** The names kept apart as several people, sorted: what a bulk load reports. */
    public List<String> splitNames() {
        return ties.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** Whether the table decides nothing: no namesakes and no shared slugs. */
    public boolean isEmpty() {
        return ties.isEmpty() && homophones.isEmpty();
    }

    /**
     * The corpus's tie-breakers for the occurrences of {@code name} in a batch (occurrence → its bodies), as
     * {@link Resolver#tieBreakers} gives them, or null when the table leaves the name to the batch.
     *
     * @throws IllegalArgumentException if an occurrence holds a post in a body the table does not know for a
     *                                  name it decides: the batch is not part of the corpus the table was built from
     */
    <K> Map<K, String> tieBreakers(String name, Map<K, ? extends Set<String>> occurrences) {
        Map<String, String> byBody = ties.get(name);
        if (byBody == null) {
            return null;
        }
        Map<K, String> out = new HashMap<>();
        if (byBody.isEmpty()) {
            return out;
        }
        occurrences.forEach((key, bodies) -> {
            if (!bodies.isEmpty()) {
                String tie = byBody.get(bodies.iterator().next());   // an occurrence's bodies are all in one group
                if (tie == null) {
                    throw new IllegalArgumentException(name + " holds a post in " + bodies
                            + ", which the namesake table was not built with");
                }
                out.put(key, tie);
            }
        });
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Namesakes n && ties.equals(n.ties) && homophones.equals(n.homophones);
    }

    @Override
    public int hashCode() {
        return 31 * ties.hashCode() + homophones.hashCode();
    }

    /** name → {body → tie-breaker}, and the slugs' holders if any, for reports and tests. */
    @Override
    public String toString() {
        return homophones.isEmpty() ? ties.toString() : ties + " " + homophones;
    }

    /**
     * Collects the {@link Affiliations} of a corpus's pages into a {@link Namesakes}. The namesakes do not depend
     * on the order of the pages; the holders of shared slugs do (the first page holds), so add the pages in the
     * order they will be loaded. Keeps per name only its distinct sets of bodies (the grouping does not depend on
     * how often a set occurs), with the body names shared, and per plain IRI its first name: tens of MB for 100,000
     * pages. Not thread-safe: one collector (the loader's thread).
     */
    public static final class Builder {
        private final Map<String, Set<Set<String>>> bodySets = new HashMap<>();
        private final Set<String> splitOnAPage = new HashSet<>();
        private final Set<String> pages = new HashSet<>();
        private final Map<String, String> shared = new HashMap<>();
        private final Homophones.Builder slugs = new Homophones.Builder();

        /** Adds one page; a page id seen before is ignored (a bulk load takes each page once). */
        public Builder add(Affiliations page) {
            if (!pages.add(page.pageId())) {
                return this;
            }
            slugs.addClaims(page.claims());
            page.bodies().forEach((name, sets) -> {
                if (Resolver.groups(sets).size() > 1) {
                    splitOnAPage.add(name);
                }
                Set<Set<String>> known = bodySets.computeIfAbsent(shared(name), k -> new HashSet<>());
                for (Set<String> bodies : sets) {
                    Set<String> copy = new HashSet<>();
                    bodies.forEach(b -> copy.add(shared(b)));
                    known.add(Set.copyOf(copy));
                }
            });
            return this;
        }

        /** Pages added (distinct ids). */
        public int pages() {
            return pages.size();
        }

        /** The table, with the slugs decided among the corpus's names alone (nothing published before). */
        public Namesakes build() {
            return build(iri -> null);
        }

        /**
         * The table, with the slugs decided against the holders already {@code published} (for a new store, the
         * reference data's: {@link Homophones#publishedIn}).
         */
        public Namesakes build(java.util.function.Function<String, String> published) {
            Map<String, Map<String, String>> ties = new HashMap<>();
            bodySets.forEach((name, sets) -> {
                List<Set<String>> groups = Resolver.groups(sets);
                if (groups.size() > 1) {
                    Map<Set<String>, Set<String>> occurrences = new HashMap<>();
                    sets.forEach(s -> occurrences.put(s, s));
                    Map<String, String> byBody = new HashMap<>();
                    Resolver.tieBreakers(occurrences).forEach((bodies, tie) -> bodies.forEach(b -> byBody.put(b, tie)));
                    ties.put(name, byBody);
                } else if (splitOnAPage.contains(name)) {
                    ties.put(name, Map.of());
                }
            });
            return new Namesakes(ties, slugs.build(published));
        }

        private String shared(String s) {
            return this.shared.computeIfAbsent(s, k -> k);
        }
    }
}
