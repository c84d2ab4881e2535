package org.unionkg.evaluate;

import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.unionkg.evaluate.RdfFacts.Entity;
import org.unionkg.evaluate.Score.Measure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures an extraction, as loaded RDF, against hand-checked gold pages.
 *
 * <p>Things are compared by name: an extracted resource is the gold thing whose canonical or alternative
 * name equals one of its labels ({@code rdfs:label}, {@code skos:prefLabel}, {@code skos:altLabel}), after
 * NFKC and with spaces and quote marks dropped. Relations are compared as tuples of such names, so a post is
 * right only when person, organisation and role text all agree. Two extracted resources for one gold thing
 * count once right and once wrong (a duplicate). Events are paired with gold events of the same article
 * (by headline), best agreement first. Counts are summed over pages (micro-averaged).
 */
public final class Evaluator {

    /** Scores every page of {@code gold} against the facts the dataset holds for that page. */
    public Score evaluate(Dataset ds, List<Gold> gold) {
        return evaluate(ds.asDatasetGraph(), gold);
    }

    public Score evaluate(DatasetGraph dsg, List<Gold> gold) {
        Score.Builder score = new Score.Builder();
        Runnable compare = () -> {
            for (Gold g : gold) {
                new PageComparison(g, new RdfFacts(dsg, g.page()), score).run();
            }
        };
        if (dsg.supportsTransactions()) {
            Txn.executeRead(dsg, compare);
        } else {
            compare.run();
        }
        return score.build();
    }

    /** One score per page, in the order of {@code gold}: to see which page pulls a figure down. */
    public Map<String, Score> evaluateByPage(Dataset ds, List<Gold> gold) {
        Map<String, Score> byPage = new LinkedHashMap<>();
        for (Gold g : gold) {
            byPage.put(g.page(), evaluate(ds, List.of(g)));
        }
        return byPage;
    }

    /**
     * The same article? Headlines are equal once normalised; failing that, one holds the other and the
     * shorter has at least six characters (the article layer may keep or drop a deck or a markdown mark).
     */
    static boolean sameHeadline(String gold, String extracted) {
        String g = Names.norm(gold);
        String e = Names.norm(extracted);
        if (g.equals(e)) {
            return true;
        }
        return Math.min(g.length(), e.length()) >= 6 && !e.isEmpty() && (g.contains(e) || e.contains(g));
    }

    /** The comparison of one page: gold names, extracted facts, and the running score. */
    private static final class PageComparison {
        private final Gold gold;
        private final RdfFacts facts;
        private final Score.Builder score;
        private final Aliases unions = new Aliases();
        private final Aliases orgs = new Aliases();
        private final Aliases people = new Aliases();
        private final Aliases places = new Aliases();
        private final Aliases honours = new Aliases();
        private final Aliases bodies;
        private final Aliases locations;
        private final Aliases awardees;

        PageComparison(Gold gold, RdfFacts facts, Score.Builder score) {
            this.gold = gold;
            this.facts = facts;
            this.score = score;
            gold.unions().forEach(u -> unions.add(u.name(), u.altNames()));
            gold.organizations().forEach(o -> orgs.add(o.name(), o.altNames()));
            gold.people().forEach(p -> people.add(p.name()));
            gold.places().forEach(p -> places.add(p.name(), p.altNames()));
            gold.people().forEach(p -> p.honours().forEach(honours::add));
            gold.awards().forEach(a -> honours.add(a.honour()));
            bodies = new Aliases().addAll(unions).addAll(orgs);
            locations = new Aliases().addAll(places).addAll(orgs).addAll(unions);
            awardees = new Aliases().addAll(people).addAll(unions).addAll(orgs);
        }

        void run() {
            things(Measure.UNIONS, gold.unions().stream().map(Gold.Union::name).toList(), facts.unions, unions);
            // a body the page names only through a title (区长 → 通州区人民政府) is not counted either way;
            // posts in it are
            Set<String> implied = new HashSet<>();
            gold.organizations().stream().filter(Gold.Organization::implied).forEach(o -> implied.add(o.name()));
            things(Measure.ORGANIZATIONS, gold.organizations().stream().map(Gold.Organization::name)
                    .filter(n -> !implied.contains(n)).toList(),
                    facts.organizations.stream().filter(e -> !implied.contains(orgs.resolve(e.labels()).orElse(""))).toList(),
                    orgs);
            things(Measure.PEOPLE, gold.people().stream().map(Gold.Person::name).toList(), facts.people, people);
            things(Measure.PLACES, gold.places().stream().map(Gold.Place::name).toList(), facts.places, places);

            Set<String> ignoredParents = new HashSet<>();
            List<String> goldParents = new ArrayList<>();
            for (Gold.Union u : gold.unions()) {
                if (u.parent() != null) {
                    goldParents.add(tuple(u.name(), u.parent()));
                }
                if (u.offPageParent() != null) {
                    ignoredParents.add(tuple(u.name(), municipalForm(u.offPageParent())));
                }
            }
            List<String> predictedParents = new ArrayList<>();
            for (RdfFacts.Link l : facts.parents) {
                String child = name(l.from(), unions);
                String parent = name(l.to(), unions);
                boolean offPage = l.to().labels().stream()
                        .anyMatch(x -> ignoredParents.contains(tuple(child, municipalForm(x))));
                if (!offPage) {
                    predictedParents.add(tuple(child, parent));
                }
            }
            relation(Measure.UNION_PARENT, goldParents, predictedParents);

            relation(Measure.UNION_LEVEL,
                    gold.unions().stream().filter(u -> u.level() != null).map(u -> tuple(u.name(), u.level())).toList(),
                    facts.levels.stream().map(l -> tuple(name(l.union(), unions), l.key())).toList());

            List<String> goldPosts = new ArrayList<>();
            gold.people().forEach(p -> p.posts().forEach(post ->
                    goldPosts.add(tuple(p.name(), post.org(), Names.norm(post.roleText())))));
            relation(Measure.POST, goldPosts, facts.posts.stream()
                    .map(p -> tuple(name(p.person(), people), name(p.org(), bodies), Names.norm(p.roleText())))
                    .toList());

            relation(Measure.AWARDS,
                    gold.awards().stream().map(a -> tuple(a.awardee(), a.honour())).toList(),
                    facts.awards.stream().map(a -> tuple(name(a.awardee(), awardees), name(a.honour(), honours)))
                            .toList());
            relation(Measure.AWARD,
                    gold.awards().stream().map(a -> tuple(a.awardee(), a.honour(), String.valueOf(a.year()))).toList(),
                    facts.awards.stream().map(a -> tuple(name(a.awardee(), awardees), name(a.honour(), honours),
                            a.year().isEmpty() ? "null" : a.year())).toList());

            events();
        }

        private void events() {
            // gold events keyed "headline #n"; extracted events take the key of the gold event they pair with
            Map<String, List<Integer>> goldByArticle = new LinkedHashMap<>();
            List<String> goldKeys = new ArrayList<>();
            for (int i = 0; i < gold.events().size(); i++) {
                Gold.Event e = gold.events().get(i);
                goldByArticle.computeIfAbsent(Names.norm(e.article()), k -> new ArrayList<>()).add(i);
                goldKeys.add(e.article() + " #" + (goldByArticle.get(Names.norm(e.article())).size()));
            }
            Map<RdfFacts.Event, String> keyOf = new LinkedHashMap<>();
            Set<RdfFacts.Event> taken = new HashSet<>();
            for (Map.Entry<String, List<Integer>> article : goldByArticle.entrySet()) {
                List<RdfFacts.Event> exact = facts.events.stream()
                        .filter(e -> Names.norm(e.article()).equals(article.getKey())).toList();
                List<RdfFacts.Event> candidates = !exact.isEmpty() ? exact : facts.events.stream()
                        .filter(e -> sameHeadline(article.getKey(), e.article())).toList();
                for (int i : article.getValue()) {
                    RdfFacts.Event best = null;
                    int bestScore = -1;
                    for (RdfFacts.Event c : candidates) {
                        int agreement = agreement(gold.events().get(i), c);
                        if (!taken.contains(c) && agreement > bestScore) {
                            best = c;
                            bestScore = agreement;
                        }
                    }
                    if (best != null) {
                        taken.add(best);
                        keyOf.put(best, goldKeys.get(i));
                    }
                }
            }
            for (RdfFacts.Event e : facts.events) {
                keyOf.putIfAbsent(e, "extracted event <" + e.iri() + "> of \"" + e.article() + "\"");
            }
            relation(Measure.EVENTS, goldKeys, new ArrayList<>(keyOf.values()));

            List<String> gType = new ArrayList<>(), gDate = new ArrayList<>(), gPlace = new ArrayList<>(),
                    gOrg = new ArrayList<>();
            for (int i = 0; i < gold.events().size(); i++) {
                Gold.Event e = gold.events().get(i);
                String k = goldKeys.get(i);
                gType.add(tuple(k, e.type()));
                gDate.add(tuple(k, dateValue(e)));
                e.places().forEach(p -> gPlace.add(tuple(k, p)));
                e.organisers().forEach(o -> gOrg.add(tuple(k, o)));
            }
            List<String> pType = new ArrayList<>(), pDate = new ArrayList<>(), pPlace = new ArrayList<>(),
                    pOrg = new ArrayList<>();
            keyOf.forEach((e, k) -> {
                e.types().forEach(t -> pType.add(tuple(k, t)));
                e.dates().forEach(d -> pDate.add(tuple(k, d)));
                e.places().forEach(p -> pPlace.add(tuple(k, name(p, locations))));
                e.organisers().forEach(o -> pOrg.add(tuple(k, name(o, bodies))));
            });
            relation(Measure.EVENT_TYPE, gType, pType);
            relation(Measure.EVENT_DATE, gDate, pDate);
            relation(Measure.EVENT_PLACE, gPlace, pPlace);
            relation(Measure.EVENT_ORGANISER, gOrg, pOrg);
        }

        private int agreement(Gold.Event g, RdfFacts.Event e) {
            int a = 0;
            if (e.types().contains(g.type())) {
                a += 4;
            }
            if (e.dates().contains(dateValue(g))) {
                a += 2;
            }
            Set<String> places = new HashSet<>();
            e.places().forEach(p -> places.add(name(p, locations)));
            if (g.places().stream().anyMatch(places::contains)) {
                a += 1;
            }
            Set<String> orgs = new HashSet<>();
            e.organisers().forEach(o -> orgs.add(name(o, bodies)));
            if (g.organisers().stream().anyMatch(orgs::contains)) {
                a += 1;
            }
            return a;
        }

        private static String dateValue(Gold.Event e) {
            return RdfFacts.dateKey(e.date() == null ? "" : e.date(), e.precision() == null ? "" : e.precision());
        }

        /** Entities: each extracted resource is right once per gold thing; a second resource for it is wrong. */
        private void things(Measure m, List<String> goldNames, List<Entity> extracted, Aliases aliases) {
            Set<String> expected = new LinkedHashSet<>(goldNames);
            Set<String> found = new HashSet<>();
            int tp = 0, fp = 0;
            for (Entity e : extracted) {
                String n = aliases.resolve(e.labels()).orElse(null);
                if (n != null && expected.contains(n) && found.add(n)) {
                    tp++;
                } else {
                    fp++;
                    score.error(new Score.Error(m, gold.page(), true, n != null
                            ? n + " (duplicate: <" + e.iri() + ">)" : e.display() + " <" + e.iri() + ">"));
                }
            }
            int fn = 0;
            for (String g : expected) {
                if (!found.contains(g)) {
                    fn++;
                    score.error(new Score.Error(m, gold.page(), false, g));
                }
            }
            score.add(m, new Counts(tp, fp, fn));
        }

        /** Relations: sets of tuples of canonical names. */
        private void relation(Measure m, Collection<String> expected, Collection<String> extracted) {
            Set<String> g = new LinkedHashSet<>(expected);
            Set<String> p = new LinkedHashSet<>(extracted);
            int tp = 0;
            for (String x : p) {
                if (g.contains(x)) {
                    tp++;
                } else {
                    score.error(new Score.Error(m, gold.page(), true, x));
                }
            }
            for (String x : g) {
                if (!p.contains(x)) {
                    score.error(new Score.Error(m, gold.page(), false, x));
                }
            }
            score.add(m, new Counts(tp, p.size() - tp, g.size() - tp));
        }

        /** The gold name of an extracted resource, or its own first label marked as not in gold. */
        private static String name(Entity e, Aliases aliases) {
            return aliases.resolve(e.labels()).orElse("?" + e.display());
        }

        /** A Beijing body's name without the city prefix, so 北京市朝阳区总工会 and 朝阳区总工会 agree. */
        private static String municipalForm(String name) {
            String n = Names.norm(name);
            return n.startsWith("北京市") && n.length() > 5 ? n.substring(3) : n;
        }

        private static String tuple(String... parts) {
            return String.join(" | ", parts);
        }
    }
}
