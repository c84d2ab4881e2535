package org.unionkg.resolve;

import org.unionkg.extract.ArticleFacts;
import org.unionkg.extract.Mention;
import org.unionkg.extract.MentionType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides, across articles, which names are the same thing. Organisations, places and honours are keyed by their
 * canonical name (extraction has already reduced 市总工会 to 北京市总工会), so the same name gives the same IRI.
 * People are the hard case: two articles' 王伟 are one person only when an affiliation agrees (they hold posts
 * in a common body). Per name:
 * <ul>
 *   <li>occurrences with posts are grouped, transitively, by shared bodies;</li>
 *   <li>if there is at most one such group, every occurrence of the name is one person with the plain IRI
 *       {@code IriMinter.mint("person", name)} — the common case, so pages loaded on different days agree, and a
 *       journalist minted from a byline gets the same IRI;</li>
 *   <li>if there are several, each group gets {@code mint("person", name, tieBreaker)} with the alphabetically
 *       first body of the group as tie-breaker, and occurrences without posts keep the plain IRI.</li>
 * </ul>
 * The IRI a name gets without a tie-breaker is its own IRI, which is the plain slug unless a homophone (another
 * name with the same pinyin) holds it: {@link Homophones} decides who holds a shared slug, from the table given
 * ({@link Namesakes#homophones()}: the corpus's or the store's decisions) and otherwise among the batch's own names
 * (the first in Unicode code-point order). Tie-broken IRIs hash the name with the body, so they never collide with a
 * homophone's: the two rules compose.
 * Deterministic: the result depends only on the set of articles, not their order. Stateless and thread-safe.
 * The page pipeline resolves one page's articles; {@link StoreResolver} applies {@link #tieBreakers} to the
 * article graphs of the whole store, so pages loaded separately end as if resolved together; a bulk load decides
 * the whole corpus's namesakes first ({@link Namesakes}) and resolves each page with that table.
 */
public final class Resolver {

    /** Resolves one batch of articles together. */
    public Resolution resolve(Collection<ArticleFacts> articles) {
        return resolve(articles, Namesakes.NONE);
    }

    /**
     * Resolves one batch of articles (a page's) as part of a corpus whose people {@code namesakes} has decided:
     * the names it holds get the corpus's tie-breakers, the others are resolved in the batch (which then gives the
     * corpus's answer too). With {@link Namesakes#NONE}, the same as {@link #resolve(Collection)}.
     *
     * @throws IllegalArgumentException if the batch holds a post the table was not built with
     */
    public Resolution resolve(Collection<ArticleFacts> articles, Namesakes namesakes) {
        return resolve(articles, List.of(), namesakes);
    }

    /**
     * As {@link #resolve(Collection, Namesakes)}, with the journalists the batch's bylines credit: people too, so
     * they take part in deciding who holds a slug (a reporter 白睿 and an interviewee 白瑞 are two people).
     */
    public Resolution resolve(Collection<ArticleFacts> articles, Collection<String> journalists, Namesakes namesakes) {
        Map<String, Map<String, Set<String>>> byName = new TreeMap<>();
        for (ArticleFacts f : articles) {
            for (String person : f.persons()) {
                byName.computeIfAbsent(person, k -> new TreeMap<>()).put(f.articleId(), f.affiliations(person));
            }
        }
        Map<Resolution.PersonKey, String> tieBreakers = new HashMap<>();
        byName.forEach((name, occurrences) -> {
            Map<String, String> decided = namesakes.tieBreakers(name, occurrences);
            (decided != null ? decided : tieBreakers(occurrences))
                    .forEach((articleId, tie) -> tieBreakers.put(new Resolution.PersonKey(articleId, name), tie));
        });
        Homophones homophones = Homophones.decide(names(articles, journalists), namesakes.homophones()::holder);
        return new Resolution(tieBreakers, homophones);
    }

    /**
     * Every name a batch mints an IRI for, by kind: what {@link Homophones} decides slugs among. The names
     * {@code rdf.FactsToRdf} and the event writer ask {@link Resolution} for: the batch's people, bodies (with
     * parents, employers, the bodies of posts, awardees and conferrers), places (with the places things are in or
     * within), honours, every mention's canonical name, and the journalists credited.
     */
    public static Set<Homophones.Name> names(Collection<ArticleFacts> articles, Collection<String> journalists) {
        Set<Homophones.Name> out = new HashSet<>();
        journalists.forEach(j -> out.add(new Homophones.Name("person", j)));
        for (ArticleFacts f : articles) {
            f.persons().forEach(p -> out.add(new Homophones.Name("person", p)));
            f.orgs().values().forEach(o -> {
                add(out, "org", o.name());
                add(out, "org", o.parent());
                add(out, "org", o.employer());
                add(out, "place", o.place());
            });
            f.places().values().forEach(p -> {
                add(out, "place", p.name());
                add(out, "place", p.within());
            });
            f.honours().forEach(h -> add(out, "honour", h));
            f.posts().forEach(p -> {
                add(out, "person", p.person());
                add(out, "org", p.organization());
            });
            f.awards().forEach(a -> {
                add(out, a.awardeeType() == MentionType.PERSON ? "person" : "org", a.awardee());
                add(out, "honour", a.honour());
                add(out, "org", a.conferredBy());
            });
            for (Mention m : f.mentions()) {
                add(out, kind(m.type()), m.canonical());
            }
        }
        return out;
    }

    /** The IRI kind ({@code IriMinter}'s path segment) of a mention's type, as {@link Resolution#node} mints it. */
    static String kind(MentionType type) {
        return switch (type) {
            case PERSON -> "person";
            case UNION, ORGANIZATION -> "org";
            case PLACE, VENUE -> "place";
            case HONOUR -> "honour";
        };
    }

    private static void add(Set<Homophones.Name> out, String kind, String name) {
        if (name != null) {
            out.add(new Homophones.Name(kind, name));
        }
    }

    /**
     * The rule itself, for the occurrences of one name wherever they come from (the articles of a page here, the
     * article graphs of the whole store in {@link StoreResolver}): occurrence → the bodies it holds posts in.
     * Returns the tie-breaker of every occurrence that gets a tie-broken IRI; the others get the plain IRI. The
     * answer depends only on the map's content, not its iteration order.
     */
    public static <K> Map<K, String> tieBreakers(Map<K, ? extends Set<String>> occurrences) {
        List<Set<String>> groups = groups(occurrences);
        if (groups.size() <= 1) {
            return Map.of();
        }
        Map<K, String> ties = new HashMap<>();
        for (Set<String> group : groups) {
            String tie = group.iterator().next();
            occurrences.forEach((key, bodies) -> {
                if (!bodies.isEmpty() && group.containsAll(bodies)) {
                    ties.put(key, tie);
                }
            });
        }
        return ties;
    }

    /** Resolves a single article: every name gets its plain IRI. */
    public Resolution resolve(ArticleFacts article) {
        return resolve(List.of(article));
    }

    /** The bodies of the occurrences with posts, grouped where they share a body; each group sorted. */
    static List<Set<String>> groups(Map<?, ? extends Set<String>> occurrences) {
        return groups(occurrences.values());
    }

    /** {@link #groups(Map)} of the occurrences' sets of bodies alone: a set given twice counts as once. */
    static List<Set<String>> groups(Collection<? extends Set<String>> bodySets) {
        List<Set<String>> groups = new ArrayList<>();
        for (Set<String> bodies : bodySets) {
            if (bodies.isEmpty()) {
                continue;
            }
            Set<String> merged = new TreeSet<>(bodies);
            List<Set<String>> keep = new ArrayList<>();
            for (Set<String> g : groups) {
                if (g.stream().anyMatch(merged::contains)) {
                    merged.addAll(g);
                } else {
                    keep.add(g);
                }
            }
            keep.add(merged);
            groups = keep;
        }
        groups.sort(Comparator.comparing(g -> g.iterator().next()));
        return groups;
    }
}
