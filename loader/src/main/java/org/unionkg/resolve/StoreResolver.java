package org.unionkg.resolve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.unionkg.rdf.EntityGraph;
import org.unionkg.rdf.FactsToRdf;
import org.unionkg.rdf.IriMinter;
import org.unionkg.rdf.UKG;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link Resolver}'s rule for people, applied to the whole store: after pages are written, each stored article graph's
 * person gets the IRI that resolving every stored article together would give, whatever the order and batching in
 * which the pages came. {@code PageProcessor} resolves each page on its own (which keeps it pure and parallel), so
 * 王伟 of a company on one page and 王伟 of a hospital on another would otherwise share one IRI.
 *
 * <p>Only occurrences with posts decide anything: an occurrence without a post always has the plain IRI (the rule),
 * so a name needs looking at only when a written or dropped graph holds a post of it ({@link #namesWithPosts}).
 * For each such name: every article graph where a person of that label (its label in the entities graph,
 * {@link EntityGraph}) is the {@code org:member} of a post, with the labels of the bodies ({@code org:organization}) of its posts there; {@link Resolver#tieBreakers} groups them; where
 * a graph's person differs from the wanted IRI, that graph alone is rewritten: the person, its posts
 * ({@code id/post/<person>--<org>}) and awards ({@code id/award/<person>--<honour>}), wherever they are subject or object
 * in that graph. Byline edges ({@code schema:author}, {@code ukg:creditedPerson}) stay on the plain IRI, as
 * {@code ArticleToRdf} writes them: a journalist is a person without posts. The new IRI gets its description in the
 * entities graph; the old one loses its own when no graph references it any more. Deletes and adds go through the
 * dataset given, so a jena-text dataset keeps its index in step.
 *
 * <p>Cost. An index lookup ({@code find} with two or three terms bound) takes about 20 µs on the team's machine,
 * warm. Per name ({@link #resolve}): one lookup of that literal in the entities graph, then per person IRI found one {@code org:member} lookup and per
 * post two more (its body and the body's label): about 0.25 ms a name measured on 300 generated pages. A daily batch
 * touches only the names with posts in its pages (a few hundred for 32 pages): well under a second whatever the
 * store's size, though a name as common as 王伟 costs in proportion to its occurrences in the whole store.
 * After a bulk load of N-Quads shards ({@code BulkLoad.load}, {@link #resolveAll}): one pass over every
 * {@code org:member} quad with about five lookups a post (the person's label, its posts in that graph, their bodies
 * and the bodies' labels), keeping in memory only each name's distinct sets of bodies (tens of MB at most), then
 * the per-name path for the namesakes alone and rewrites of their graphs alone. Measured: 0.45 s for 300 pages
 * (1,677 posts, 12 names split); but at 100,000 generated pages, where common names are split by the thousand
 * and each costs in proportion to its occurrences, it ran for over 20 minutes and was stopped. So
 * {@code load --bulk} of pages does not call it: it decides the corpus's namesakes before writing
 * ({@link Namesakes}) and mints the final IRIs directly.
 *
 * <p>Homophones (白睿, 白瑞: one slug) are decided before the pages are written ({@code PageLoader}, {@link Homophones}):
 * where this class wants a name's plain IRI it wants the name's own IRI, which is {@code IriMinter.mintApart} when
 * the store shows another name holding the slug.
 *
 * <p>Runs inside the caller's write transaction. Not thread-safe (one writer per store anyway).
 */
public final class StoreResolver {
    private static final String PERSON = UKG.ID + "person/";
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node MEMBER = ORG.member.asNode();
    private static final Node ORGANIZATION = ORG.organization.asNode();
    private static final Node AUTHOR = SchemaDO.author.asNode();
    private static final Node BODY = SchemaDO.articleBody.asNode();
    private static final Node MENTION_OF = UKG.mentionOf.asNode();
    private static final Node START = UKG.startOffset.asNode();
    private static final Node END = UKG.endOffset.asNode();
    private static final Node CREDITED = UKG.creditedPerson.asNode();
    private static final Node AWARDEE = UKG.awardee.asNode();
    private static final Node HONOUR = UKG.honour.asNode();

    private final DatasetGraph dsg;
    /** body names, shared across occurrences: the bulk pass holds many */
    private final Map<String, String> names = new HashMap<>();
    /** who holds a plain person IRI in the store */
    private final java.util.function.Function<String, String> published;

    /** What a run changed. */
    public record Rewrites(int names, int graphs, int quadsDeleted, int quadsAdded) {}

    /** Resolves over {@code dsg}: the store's text dataset (or, before its index is built, the bare TDB2 dataset). */
    public StoreResolver(DatasetGraph dsg) {
        this.dsg = dsg;
        this.published = Homophones.publishedIn(dsg);
    }

    /**
     * The labels of the people who hold a post in these graphs of {@code dsg}. Call it on the graphs a batch drops
     * (before dropping them) and on those it adds: together they are the names {@link #resolve} must look at.
     */
    public static Set<String> namesWithPosts(DatasetGraph dsg, Collection<Node> graphs) {
        Set<String> out = new TreeSet<>();
        for (Node g : graphs) {
            dsg.find(g, Node.ANY, MEMBER, Node.ANY).forEachRemaining(q -> out.addAll(namesIn(dsg, g, q.getObject())));
        }
        return out;
    }

    /** {@link #namesWithPosts(DatasetGraph, Collection)} over every graph of {@code dsg} (a page's own graphs). */
    public static Set<String> namesWithPosts(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        dsg.find(Node.ANY, Node.ANY, MEMBER, Node.ANY)
           .forEachRemaining(q -> out.addAll(namesIn(dsg, q.getGraph(), q.getObject())));
        return out;
    }

    /** Gives every occurrence of these names in the store the IRI the rule wants. */
    public Rewrites resolve(Collection<String> personNames) {
        Tally tally = new Tally();
        for (String name : new TreeSet<>(personNames)) {
            apply(name, occurrences(name), tally);
        }
        // a person renamed away from every graph that named it loses its description
        tally.deleted += EntityGraph.collect(dsg, tally.renamedFrom);
        return tally.rewrites();
    }

    /**
     * Gives every person in the store the IRI the rule wants: after a bulk load. One pass over all posts finds the
     * names that may need work (several groups of bodies, or a tie-broken IRI already in use), keeping per name only
     * its distinct sets of bodies; then {@link #resolve} on those names alone.
     */
    public Rewrites resolveAll() {
        Map<String, Set<Set<String>>> bodySets = new HashMap<>();
        Set<String> tieBroken = new HashSet<>();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, MEMBER, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            Node person = q.getObject();
            if (q.isDefaultGraph() || !isPerson(person)) {
                continue;
            }
            Set<String> bodies = new TreeSet<>();      // all the person's bodies in this graph: an occurrence's
            dsg.find(q.getGraph(), Node.ANY, MEMBER, person).forEachRemaining(p -> bodies.addAll(bodies(q.getGraph(), p.getSubject())));
            for (String name : namesIn(dsg, q.getGraph(), person)) {
                bodySets.computeIfAbsent(name, k -> new HashSet<>()).add(bodies);
                if (!person.getURI().equals(ownIri(name))) {
                    tieBroken.add(name);
                }
            }
        }
        Set<String> names = new TreeSet<>(tieBroken);
        bodySets.forEach((name, sets) -> {
            Map<Set<String>, Set<String>> occurrences = new HashMap<>();
            sets.forEach(b -> occurrences.put(b, b));
            if (!Resolver.tieBreakers(occurrences).isEmpty()) {
                names.add(name);
            }
        });
        return resolve(names);
    }

    /** One name in one article graph: the person IRIs it has there (one, unless slugs collide) and their bodies. */
    private static final class Occurrence {
        final Set<Node> persons = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        final Set<String> bodies = new TreeSet<>();

        void add(Node person, Collection<String> bodiesOfPost) {
            persons.add(person);
            bodies.addAll(bodiesOfPost);
        }
    }

    /**
     * Every article graph where a person labelled {@code name} (in the entities graph, where a person's name is)
     * holds a post.
     */
    private Map<Node, Occurrence> occurrences(String name) {
        Node label = NodeFactory.createLiteralLang(name, "zh");
        Set<Node> persons = new LinkedHashSet<>();
        dsg.find(EntityGraph.GRAPH, Node.ANY, LABEL, label).forEachRemaining(q -> {
            if (isPerson(q.getSubject())) {
                persons.add(q.getSubject());
            }
        });
        Map<Node, Occurrence> out = new HashMap<>();
        for (Node person : persons) {
            Iterator<Quad> posts = dsg.find(Node.ANY, Node.ANY, MEMBER, person);
            while (posts.hasNext()) {
                Quad q = posts.next();
                // the same IRI may carry another name in another graph (张良 and 章良 share a slug)
                if (!q.isDefaultGraph() && namesIn(dsg, q.getGraph(), person).contains(name)) {
                    out.computeIfAbsent(q.getGraph(), k -> new Occurrence()).add(person, bodies(q.getGraph(), q.getSubject()));
                }
            }
        }
        return out;
    }

    /**
     * The IRI an occurrence of {@code name} without a tie-breaker has: the plain IRI, unless the store shows a
     * homophone holding it ({@link Homophones}: the batch was minted so before it was written, and this keeps the
     * rewrite from undoing it).
     */
    private String ownIri(String name) {
        String plain = IriMinter.mint("person", name);
        String holder = published.apply(plain);
        return holder == null || holder.equals(name) ? plain : IriMinter.mintApart("person", name);
    }

    /** The names of the bodies of a post, as {@link Resolver} sees them: the canonical label, in the post's graph. */
    private List<String> bodies(Node graph, Node post) {
        List<String> out = new ArrayList<>(1);
        dsg.find(graph, post, ORGANIZATION, Node.ANY).forEachRemaining(q -> out.add(bodyName(graph, q.getObject())));
        return out;
    }

    private String bodyName(Node graph, Node body) {
        String name = firstLabel(EntityGraph.GRAPH, body);
        if (name == null) {
            name = firstLabel(Node.ANY, body);       // a body of the reference data: its label in the ontology graph
        }
        if (name == null) {
            name = body.toString();
        }
        return names.computeIfAbsent(name, k -> k);
    }

    private String firstLabel(Node graph, Node body) {
        String first = null;
        Iterator<Quad> it = dsg.find(graph, body, LABEL, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral() && "zh".equals(o.getLiteralLanguage())
                    && (first == null || o.getLiteralLexicalForm().compareTo(first) < 0)) {
                first = o.getLiteralLexicalForm();
            }
        }
        return first;
    }

    private void apply(String name, Map<Node, Occurrence> occurrences, Tally tally) {
        Map<Node, Set<String>> bodies = new HashMap<>();
        occurrences.forEach((g, o) -> bodies.put(g, o.bodies));
        Map<Node, String> ties = Resolver.tieBreakers(bodies);
        boolean touched = false;
        List<Node> graphs = new ArrayList<>(occurrences.keySet());
        graphs.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Node g : graphs) {
            String tie = ties.get(g);
            Node wanted = NodeFactory.createURI(tie == null ? ownIri(name) : IriMinter.mint("person", name, tie));
            for (Node person : occurrences.get(g).persons) {
                if (!person.equals(wanted)) {
                    rename(g, person, wanted, name, tally);
                    touched = true;
                }
            }
        }
        if (touched) {
            tally.names++;
        }
    }

    /**
     * Rewrites one article graph from {@code from} to {@code to}: every quad of the graph with the person, or one of
     * its posts or awards, as subject or object. Byline edges keep the plain IRI they were written with. {@code to}
     * gets its description ({@code name}) in the entities graph; {@code from} loses its own at the end of the run
     * if nothing references it any more.
     */
    private void rename(Node graph, Node from, Node to, String name, Tally tally) {
        Map<Node, Node> renamed = new LinkedHashMap<>();
        renamed.put(from, to);
        for (Quad post : list(graph, Node.ANY, MEMBER, from)) {
            for (Quad org : list(graph, post.getSubject(), ORGANIZATION, Node.ANY)) {
                if (post.getSubject().equals(FactsToRdf.postIri(from, org.getObject()))) {
                    renamed.put(post.getSubject(), FactsToRdf.postIri(to, org.getObject()));
                }
            }
        }
        for (Quad award : list(graph, Node.ANY, AWARDEE, from)) {
            for (Quad honour : list(graph, award.getSubject(), HONOUR, Node.ANY)) {
                if (award.getSubject().equals(FactsToRdf.awardIri(from, honour.getObject()))) {
                    renamed.put(award.getSubject(), FactsToRdf.awardIri(to, honour.getObject()));
                }
            }
        }
        Set<Quad> touching = new LinkedHashSet<>();
        for (Node n : renamed.keySet()) {
            touching.addAll(list(graph, n, Node.ANY, Node.ANY));
            touching.addAll(list(graph, Node.ANY, Node.ANY, n));
        }
        List<Quad> deletes = new ArrayList<>();
        List<Quad> adds = new ArrayList<>();
        for (Quad q : touching) {
            boolean bylineEdge = q.getObject().equals(from) && (q.getPredicate().equals(AUTHOR) || q.getPredicate().equals(CREDITED));
            if (bylineEdge) {
                continue;
            }
            deletes.add(q);
            adds.add(Quad.create(graph, renamed.getOrDefault(q.getSubject(), q.getSubject()), q.getPredicate(),
                    renamed.getOrDefault(q.getObject(), q.getObject())));
        }
        deletes.forEach(dsg::delete);
        adds.addAll(EntityGraph.describePerson(to, name));
        tally.renamedFrom.add(from);
        int added = 0;
        for (Quad q : adds) {
            // a renamed quad can already be there (two quads of the old node may become one): count what is new,
            // so that the store's kept quad count moves by exactly what changed
            if (!dsg.contains(q)) {
                dsg.add(q);
                added++;
            }
        }
        tally.graphs++;
        tally.deleted += deletes.size();
        tally.added += added;
    }

    private List<Quad> list(Node g, Node s, Node p, Node o) {
        List<Quad> out = new ArrayList<>();
        dsg.find(g, s, p, o).forEachRemaining(out::add);
        return out;
    }

    /**
     * The name {@code person} has in this article graph: its label in the entities graph, or, where two names share
     * the IRI's slug (张良 and 章良) and it has several, the ones the article's text gives at its mentions of it.
     */
    private static Set<String> namesIn(DatasetGraph dsg, Node graph, Node person) {
        Set<String> labels = labels(dsg, person);
        if (labels.size() < 2) {
            return labels;
        }
        Set<String> written = new TreeSet<>();
        Iterator<Quad> body = dsg.find(graph, graph, BODY, Node.ANY);
        if (body.hasNext()) {
            String text = body.next().getObject().getLiteralLexicalForm();
            dsg.find(graph, Node.ANY, MENTION_OF, person).forEachRemaining(m -> {
                int start = offset(dsg, graph, m.getSubject(), START);
                int end = offset(dsg, graph, m.getSubject(), END);
                if (0 <= start && start < end && end <= text.length() && labels.contains(text.substring(start, end))) {
                    written.add(text.substring(start, end));
                }
            });
        }
        return written.isEmpty() ? labels : written;
    }

    private static int offset(DatasetGraph dsg, Node graph, Node mention, Node p) {
        Iterator<Quad> it = dsg.find(graph, mention, p, Node.ANY);
        return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).intValue() : -1;
    }

    /** A person's names: its labels in the entities graph. */
    private static Set<String> labels(DatasetGraph dsg, Node person) {
        Set<String> out = new TreeSet<>();
        if (!isPerson(person)) {
            return out;
        }
        dsg.find(EntityGraph.GRAPH, person, LABEL, Node.ANY).forEachRemaining(q -> {
            Node o = q.getObject();
            if (o.isLiteral() && "zh".equals(o.getLiteralLanguage())) {
                out.add(o.getLiteralLexicalForm());
            }
        });
        return out;
    }

    private static boolean isPerson(Node n) {
        return n.isURI() && n.getURI().startsWith(PERSON);
    }

    private static final class Tally {
        int names;
        int graphs;
        int deleted;
        int added;
        final Set<Node> renamedFrom = new LinkedHashSet<>();

        Rewrites rewrites() {
            return new Rewrites(names, graphs, deleted, added);
        }
    }
}
